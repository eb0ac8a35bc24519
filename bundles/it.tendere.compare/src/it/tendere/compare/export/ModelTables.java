// SPDX-License-Identifier: EPL-2.0
package it.tendere.compare.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import it.tendere.identity.ElementId;
import it.tendere.servicemodel.Phase;
import it.tendere.servicemodel.Process;
import it.tendere.servicemodel.ServiceModel;
import it.tendere.servicemodel.ServicemodelPackage;

/**
 * A model's data as CSV tables, one per kind of element a spreadsheet would
 * list (segments, services, roles, competences, external parties, phases,
 * tools, positioning): UTF-8, one header row with the JSON's names, the
 * Province and the service area on every row so that many Provinces' files
 * can be put one after the other, references as the ids of the elements
 * they name (the {@code id} column of the other tables), several values
 * separated by «; ».
 */
public final class ModelTables {

    private static final ServicemodelPackage P = ServicemodelPackage.eINSTANCE;

    /** Each table's file name (Italian, as the format names the things) and the class of its rows. */
    private static final Map<String, EClass> TABLES = tables();

    private ModelTables() {
    }

    private static Map<String, EClass> tables() {
        Map<String, EClass> tables = new LinkedHashMap<>();
        tables.put("segmenti", P.getUserSegment());
        tables.put("prestazioni", P.getService());
        tables.put("ruoli", P.getRole());
        tables.put("competenze", P.getCompetence());
        tables.put("soggetti-esterni", P.getExternalProvider());
        tables.put("fasi", P.getPhase());
        tables.put("strumenti", P.getTool());
        tables.put("posizionamento", P.getAspectPositioning());
        return tables;
    }

    /** The tables' names, in order. */
    public static List<String> names() {
        return List.copyOf(TABLES.keySet());
    }

    /** Every table of the model, by name, as CSV text. */
    public static Map<String, String> write(ServiceModel model) {
        Map<String, String> tables = new LinkedHashMap<>();
        TABLES.forEach((name, type) -> tables.put(name, table(model, type)));
        return tables;
    }

    private static String table(ServiceModel model, EClass type) {
        List<EStructuralFeature> columns = ModelSchema.features(type).stream()
                .filter(f -> !(f instanceof EReference r && r.isContainment())).toList();
        List<String> header = new ArrayList<>(List.of("province", "area"));
        if (type == P.getPhase()) {
            header.add("process");
        }
        if (ModelSchema.identified(type)) {
            header.add("id");
        }
        columns.forEach(c -> header.add(c.getName()));
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new))
                .get())) {
            for (Iterator<EObject> all = model.eAllContents(); all.hasNext();) {
                EObject element = all.next();
                if (element.eClass() != type) {
                    continue;
                }
                List<Object> row = new ArrayList<>();
                row.add(model.getProvince());
                row.add(model.isSetArea() ? model.getArea().getLiteral() : null);
                if (element instanceof Phase && element.eContainer() instanceof Process process) {
                    row.add(process.getName());
                }
                if (ModelSchema.identified(type)) {
                    row.add(ElementId.of(element));
                }
                for (EStructuralFeature column : columns) {
                    row.add(cell(element, column));
                }
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Object cell(EObject element, EStructuralFeature feature) {
        if (!element.eIsSet(feature) && !ModelSchema.always(feature)) {
            return null;
        }
        Object value = element.eGet(feature);
        if (value instanceof List<?> list) {
            return String.join("; ", list.stream().map(ModelTables::text).toList());
        }
        return value instanceof Number || value instanceof Boolean ? value : text(value);
    }

    private static String text(Object value) {
        if (value instanceof EObject target) {
            return ElementId.of(target);
        } else if (value instanceof Enumerator literal) {
            return literal.getLiteral();
        }
        return String.valueOf(value);
    }
}
