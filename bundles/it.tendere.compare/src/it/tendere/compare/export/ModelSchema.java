// SPDX-License-Identifier: EPL-2.0
package it.tendere.compare.export;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import it.tendere.compare.diff.DiffTexts;
import it.tendere.servicemodel.ServicemodelPackage;

/**
 * The JSON Schema (draft 2020-12) of what {@link ModelJson} writes, derived
 * from the metamodel as the JSON is, with each property described in the
 * words the comparisons use. Its text is shipped as
 * {@code schema/tendere-model-1.schema.json}; a test keeps the two equal.
 */
public final class ModelSchema {

    private static final ServicemodelPackage P = ServicemodelPackage.eINSTANCE;

    private ModelSchema() {
    }

    /** Whether the elements of a class carry an {@code id}: those that can be named and referred to. */
    static boolean identified(EClass type) {
        return P.getNamedElement().isSuperTypeOf(type);
    }

    /** The features written: all but the container's back reference, in the metamodel's order. */
    static List<EStructuralFeature> features(EClass type) {
        return type.getEAllStructuralFeatures().stream().filter(f -> !f.isDerived() && !f.isTransient()
                && !(f instanceof EReference r && r.isContainer())).toList();
    }

    /** A yes/no is always written, «false» too: a reader must not guess a default. */
    static boolean always(EStructuralFeature feature) {
        return feature instanceof EAttribute attribute && attribute.getEAttributeType().getInstanceClass() == boolean.class;
    }

    public static String write() {
        JsonObject schema = new JsonObject();
        schema.addProperty("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.addProperty("$id", ModelJson.SCHEMA_ID);
        schema.addProperty("title", "Tendere – dati del modello di servizio a tendere (Sezione 2)");
        schema.addProperty("description", "Il modello di una Provincia come lo scrive «tendere export --format json». "
                + "Gli elementi con nome hanno un «id» (Tipo:nome, Phase:processo/fase); un riferimento è l'id "
                + "dell'elemento a cui rimanda; i valori delle enumerazioni sono i letterali del metamodello (le parole chiave del linguaggio, senza accenti: "
                + "unita-dedicata, qualita).");
        schema.addProperty("type", "object");
        JsonObject properties = new JsonObject();
        properties.add("$schema", constant(ModelJson.SCHEMA_ID));
        JsonObject version = new JsonObject();
        version.addProperty("const", ModelJson.VERSION);
        properties.add("schemaVersion", version);
        properties.add("model", reference(P.getServiceModel()));
        schema.add("properties", properties);
        schema.add("required", strings(List.of("$schema", "schemaVersion", "model")));
        schema.addProperty("additionalProperties", false);
        JsonObject definitions = new JsonObject();
        for (EClassifier classifier : P.getEClassifiers()) {
            if (classifier instanceof EClass type && !type.isAbstract()) {
                definitions.add(type.getName(), type(type));
            } else if (classifier instanceof EEnum enumeration) {
                JsonObject values = new JsonObject();
                values.addProperty("type", "string");
                values.add("enum", strings(enumeration.getELiterals().stream().map(EEnumLiteral::getLiteral).toList()));
                definitions.add(enumeration.getName(), values);
            }
        }
        schema.add("$defs", definitions);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(schema) + "\n";
    }

    private static JsonObject type(EClass type) {
        JsonObject definition = new JsonObject();
        definition.addProperty("type", "object");
        definition.addProperty("description", DiffTexts.get("kind." + type.getName()));
        JsonObject properties = new JsonObject();
        JsonArray required = new JsonArray();
        if (identified(type)) {
            JsonObject id = new JsonObject();
            id.addProperty("type", "string");
            id.addProperty("description", "identità dell'elemento (" + type.getName() + ":nome)");
            properties.add("id", id);
            required.add("id");
        }
        for (EStructuralFeature feature : features(type)) {
            JsonObject one = value(feature);
            JsonObject property = one;
            if (feature.isMany()) {
                property = new JsonObject();
                property.addProperty("type", "array");
                property.add("items", one);
            }
            property.addProperty("description", DiffTexts.feature(feature));
            properties.add(feature.getName(), property);
            if (always(feature)) {
                required.add(feature.getName());
            }
        }
        definition.add("properties", properties);
        definition.add("required", required);
        definition.addProperty("additionalProperties", false);
        return definition;
    }

    private static JsonObject value(EStructuralFeature feature) {
        if (feature instanceof EReference reference) {
            if (reference.isContainment()) {
                return reference(reference.getEReferenceType());
            }
            JsonObject id = new JsonObject();
            id.addProperty("type", "string");
            id.addProperty("pattern", "^" + reference.getEReferenceType().getName() + ":");
            return id;
        }
        EClassifier type = feature.getEType();
        if (type instanceof EEnum) {
            return reference(type);
        }
        JsonObject value = new JsonObject();
        Class<?> instance = type.getInstanceClass();
        value.addProperty("type", instance == int.class || instance == Integer.class ? "integer"
                : instance == boolean.class || instance == Boolean.class ? "boolean" : "string");
        return value;
    }

    private static JsonObject reference(EClassifier type) {
        JsonObject reference = new JsonObject();
        reference.addProperty("$ref", "#/$defs/" + type.getName());
        return reference;
    }

    private static JsonObject constant(String value) {
        JsonObject constant = new JsonObject();
        constant.addProperty("const", value);
        return constant;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }
}
