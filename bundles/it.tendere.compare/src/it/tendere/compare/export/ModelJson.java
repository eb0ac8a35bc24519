// SPDX-License-Identifier: EPL-2.0
package it.tendere.compare.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import com.google.gson.stream.JsonWriter;

import it.tendere.identity.ElementId;
import it.tendere.servicemodel.ServiceModel;

/**
 * A model's data as JSON, in the shape {@link ModelSchema} describes (and
 * {@code schema/tendere-model-1.schema.json} ships): every element an
 * object with its metamodel's feature names, each named element with its
 * {@code id} ({@link ElementId}), a reference as the id of the element it
 * names, a value of an enumeration as the metamodel's literal (the
 * language's keyword without accents: «provincia», «unita-dedicata»).
 * Written from the metamodel, so nothing the model holds is left out.
 */
public final class ModelJson {

    /** The version of the shape, raised whenever a reader would have to change. */
    public static final int VERSION = 1;
    public static final String SCHEMA_ID = "https://tendere.it/schema/tendere-model-" + VERSION + ".schema.json";

    private ModelJson() {
    }

    public static String write(ServiceModel model) {
        StringWriter out = new StringWriter();
        try (JsonWriter json = new JsonWriter(out)) {
            json.setIndent("  ");
            json.setHtmlSafe(false);
            json.beginObject();
            json.name("$schema").value(SCHEMA_ID);
            json.name("schemaVersion").value(VERSION);
            json.name("model");
            element(model, json);
            json.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    private static void element(EObject element, JsonWriter json) throws IOException {
        json.beginObject();
        if (ModelSchema.identified(element.eClass())) {
            json.name("id").value(ElementId.of(element));
        }
        for (EStructuralFeature feature : ModelSchema.features(element.eClass())) {
            if (!element.eIsSet(feature) && !ModelSchema.always(feature)) {
                continue;
            }
            json.name(feature.getName());
            Object value = element.eGet(feature);
            if (feature.isMany()) {
                json.beginArray();
                for (Object one : (List<?>) value) {
                    value(feature, one, json);
                }
                json.endArray();
            } else {
                value(feature, value, json);
            }
        }
        json.endObject();
    }

    private static void value(EStructuralFeature feature, Object value, JsonWriter json) throws IOException {
        if (feature instanceof EReference reference) {
            if (reference.isContainment()) {
                element((EObject) value, json);
            } else {
                json.value(ElementId.of((EObject) value));
            }
        } else if (value instanceof Enumerator literal) {
            json.value(literal.getLiteral());
        } else if (value instanceof Boolean yes) {
            json.value(yes);
        } else if (value instanceof Number number) {
            json.value(number);
        } else if (((EAttribute) feature).getEAttributeType().getInstanceClass() == String.class) {
            json.value((String) value);
        } else {
            json.value(String.valueOf(value));
        }
    }
}
