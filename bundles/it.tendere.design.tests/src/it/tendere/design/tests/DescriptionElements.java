// SPDX-License-Identifier: EPL-2.0
package it.tendere.design.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Reading a viewpoint specification's elements by feature name: Sirius's
 * metamodels are dynamic EMF here, with no generated classes to call.
 */
final class DescriptionElements {

    private DescriptionElements() {
    }


    static boolean isExpression(EAttribute attribute) {
        return attribute.getEAttributeType().getName().equals("InterpretedExpression");
    }

    static String key(EObject owner, EStructuralFeature feature) {
        return System.identityHashCode(owner) + "#" + feature.getName();
    }

    static List<?> values(EObject object, EAttribute attribute) {
        Object value = object.eGet(attribute);
        return attribute.isMany() ? (List<?>) value : value == null ? List.of() : List.of(value);
    }

    @SuppressWarnings("unchecked")
    static List<EObject> list(EObject object, String feature) {
        EStructuralFeature structural = object.eClass().getEStructuralFeature(feature);
        if (structural == null) {
            return List.of();
        }
        Object value = object.eGet(structural);
        return structural.isMany() ? (List<EObject>) value : value == null ? List.of() : List.of((EObject) value);
    }

    static EObject object(EObject object, String feature) {
        List<EObject> values = list(object, feature);
        return values.isEmpty() ? null : values.get(0);
    }

    static String string(EObject object, String feature) {
        if (object == null) {
            return null;
        }
        EStructuralFeature structural = object.eClass().getEStructuralFeature(feature);
        return structural == null ? null : (String) object.eGet(structural);
    }

    /** A readable path to an element: each level's class and name. */
    static String where(EObject object) {
        List<String> parts = new ArrayList<>();
        for (EObject current = object; current != null; current = current.eContainer()) {
            String name = string(current, "name");
            parts.add(0, current.eClass().getName() + (name == null ? "" : "[" + name + "]"));
        }
        return String.join("/", parts);
    }
}
