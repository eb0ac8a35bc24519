// SPDX-License-Identifier: EPL-2.0
package it.tendere.design.tests;

import static it.tendere.design.tests.DescriptionElements.isExpression;
import static it.tendere.design.tests.DescriptionElements.key;
import static it.tendere.design.tests.DescriptionElements.string;
import static it.tendere.design.tests.DescriptionElements.where;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import it.tendere.design.tests.AqlChecker.Type;
import it.tendere.design.tests.Finding.Kind;

/**
 * The findings of one check, and the checks of what an element names: its
 * expressions (AQL, feature:, var:, service:), its domain classes and
 * feature names, against the domain metamodel and the viewpoint's Java
 * services.
 */
final class ExpressionChecks {

    private final SiriusMetamodels sirius;
    private final List<EPackage> domain;
    private final boolean external;
    private final ClassLoader javaServicesLoader;

    final List<Finding> findings = new ArrayList<>();
    final Set<String> visited = new java.util.HashSet<>();
    int expressions;
    int unverified;
    private final List<Class<?>> javaServices = new ArrayList<>();
    private boolean missingJavaServices;

    ExpressionChecks(SiriusMetamodels sirius, List<EPackage> domain, boolean external, ClassLoader javaServicesLoader) {
        this.sirius = sirius;
        this.domain = domain;
        this.external = external;
        this.javaServicesLoader = javaServicesLoader;
    }

    /** Loads the viewpoint's Java service classes; one that is not here is a finding, or unverified in someone else's design. */
    void javaServices(EObject viewpoint) {
        for (EObject extension : DescriptionElements.list(viewpoint, "ownedJavaExtensions")) {
            String name = string(extension, "qualifiedClassName");
            try {
                javaServices.add(Class.forName(name, false, javaServicesLoader));
            } catch (ClassNotFoundException | NoClassDefFoundError e) {
                if (external) {
                    missingJavaServices = true;
                    unverified++;
                } else {
                    findings.add(new Finding(Kind.UNRESOLVED, where(extension), "Java service class not found: " + name));
                }
            }
        }
    }

    Type expression(EObject owner, String attributeName, Type self, Map<String, Type> scope, Set<String> visited) {
        EStructuralFeature attribute = owner.eClass().getEStructuralFeature(attributeName);
        if (attribute == null) {
            return Type.ANY;
        }
        visited.add(key(owner, attribute));
        if (!owner.eIsSet(attribute)) {
            return Type.ANY; // Sirius's default, such as feature:name for labels
        }
        Object value = owner.eGet(attribute);
        if (!(value instanceof String text) || text.isBlank()) {
            return Type.ANY;
        }
        Map<String, Type> variables = new HashMap<>(scope);
        variables.put("self", self);
        return check(owner, attributeName, text, variables);
    }

    /** Checks every expression attribute of an element not already checked with a more precise context. */
    void expressionsOf(EObject owner, Type self, Map<String, Type> scope, Set<String> visited, boolean contained) {
        for (EAttribute attribute : owner.eClass().getEAllAttributes()) {
            if (isExpression(attribute) && !visited.contains(key(owner, attribute))) {
                expression(owner, attribute.getName(), self, scope, visited);
            }
        }
        if (contained) {
            for (EObject child : owner.eContents()) {
                if (!child.eClass().getName().contains("Mapping") && !child.eClass().getName().contains("Operation")) {
                    expressionsOf(child, self, scope, visited, true);
                }
            }
        }
    }

    Type check(EObject owner, String attribute, String text, Map<String, Type> variables) {
        expressions++;
        String where = where(owner) + "." + attribute;
        Type self = variables.getOrDefault("self", Type.ANY);
        if (text.startsWith("aql:")) {
            AqlChecker.Result result = new AqlChecker(this::expressionClassifier, javaServiceFinder())
                    .check(text.substring(4), variables);
            result.syntaxErrors().forEach(e -> findings.add(new Finding(Kind.EXPRESSION_SYNTAX, where, e + " in " + text)));
            result.typeErrors().forEach(e -> findings.add(new Finding(Kind.EXPRESSION_TYPE, where, e + " in " + text)));
            unverified += result.unverified();
            return result.type();
        }
        if (text.startsWith("feature:")) {
            String name = text.substring("feature:".length());
            if (Set.of("eAllContents", "eContents", "eContainer", "eClass", "eCrossReferences").contains(name)) {
                return Type.ANY;
            }
            EStructuralFeature feature = feature(owner, self, name, false);
            return feature == null ? Type.ANY : Type.of(feature.getEType()).many(feature.isMany());
        }
        if (text.startsWith("var:")) {
            String name = text.substring("var:".length());
            if (!variables.containsKey(name) && !name.chars().allMatch(Character::isDigit)) {
                findings.add(new Finding(Kind.EXPRESSION_TYPE, where, "unknown variable '" + name + "'"));
            }
            return variables.getOrDefault(name, Type.ANY);
        }
        if (text.startsWith("service:")) {
            String call = text.substring("service:".length());
            String name = call.contains("(") ? call.substring(0, call.indexOf('(')) : call;
            name = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : name;
            String method = name;
            if (javaServices.stream().flatMap(c -> List.of(c.getMethods()).stream()).noneMatch(m -> m.getName().equals(method))) {
                if (!missingJavaServices && self.kind() != Type.Kind.ANY) {
                    findings.add(new Finding(Kind.EXPRESSION_TYPE, where, "no Java service '" + method + "'"));
                } else {
                    unverified++;
                }
            }
            return Type.ANY;
        }
        if (text.startsWith("ocl:") || text.startsWith("[") || text.startsWith("<%")) {
            unverified++; // legacy interpreters, not AQL
        }
        return Type.ANY; // a literal, which Sirius converts to what the feature takes
    }

    private AqlChecker.JavaServices javaServiceFinder() {
        return new AqlChecker.JavaServices() {
            @Override
            public Type find(Type receiver, String name, int arguments) {
                for (Class<?> services : javaServices) {
                    for (Method method : services.getMethods()) {
                        if (method.getName().equals(name) && method.getParameterCount() == arguments + 1
                                && !Modifier.isStatic(method.getModifiers()) && accepts(method.getParameterTypes()[0], receiver)) {
                            return javaType(method.getReturnType());
                        }
                    }
                }
                return null;
            }

            @Override
            public boolean any() {
                return missingJavaServices;
            }
        };
    }

    private static boolean accepts(Class<?> parameter, Type receiver) {
        if (receiver.kind() == Type.Kind.ANY) {
            return true;
        }
        Class<?> instance = receiver.classifier() == null ? null : receiver.classifier().getInstanceClass();
        return instance == null ? EObject.class.isAssignableFrom(parameter) || parameter == Object.class
                : parameter.isAssignableFrom(instance);
    }

    private Type javaType(Class<?> type) {
        if (type == String.class) {
            return Type.STRING;
        }
        if (type == boolean.class || type == Boolean.class) {
            return Type.BOOL;
        }
        if (type == int.class || type == Integer.class) {
            return Type.INT;
        }
        if (Collection.class.isAssignableFrom(type)) {
            return Type.ANY.many(true);
        }
        for (EPackage ePackage : domain) {
            for (EClassifier classifier : ePackage.getEClassifiers()) {
                if (classifier.getInstanceClass() == type) {
                    return Type.of(classifier);
                }
            }
        }
        return Type.ANY;
    }

    // ---- domain

    Type domainType(EObject owner, String attribute) {
        String name = string(owner, attribute);
        if (name == null) {
            return Type.ANY;
        }
        EClassifier classifier = classifier(name);
        return classifier == null ? Type.ANY : Type.of(classifier);
    }

    /** In expressions, Sirius's own runtime types (diagram::DEdge…) are types too. */
    private EClassifier expressionClassifier(String name) {
        EClassifier classifier = classifier(name);
        if (classifier == null) {
            String[] parts = name.split("::");
            for (EPackage ePackage : sirius.packages()) {
                if (parts.length == 2 && ePackage.getName().equals(parts[0]) && ePackage.getEClassifier(parts[1]) != null) {
                    return ePackage.getEClassifier(parts[1]);
                }
            }
        }
        return classifier;
    }

    /** Resolves {@code pkg::Class}, {@code pkg.Class} or a bare class name against the domain packages. */
    EClassifier classifier(String name) {
        String normalised = name.replace("::", ".");
        String packageName = normalised.contains(".") ? normalised.substring(0, normalised.lastIndexOf('.')) : null;
        String simple = normalised.substring(normalised.lastIndexOf('.') + 1);
        for (EPackage ePackage : domain) {
            if (packageName == null || packageName.equals(ePackage.getName())) {
                EClassifier classifier = ePackage.getEClassifier(simple);
                if (classifier != null) {
                    return classifier;
                }
            }
        }
        return null;
    }

    EStructuralFeature feature(EObject owner, Type self, String name, boolean containment) {
        if (name == null || self.kind() != Type.Kind.MODEL) {
            if (name != null) {
                unverified++;
            }
            return null;
        }
        EStructuralFeature feature = ((EClass) self.classifier()).getEStructuralFeature(name);
        if (feature == null) {
            findings.add(new Finding(Kind.FEATURE, where(owner), self.classifier().getName() + " has no feature '" + name + "'"));
        } else if (containment && !(feature instanceof EReference reference && reference.isContainment())) {
            findings.add(new Finding(Kind.FEATURE, where(owner), name + " of " + self.classifier().getName()
                    + " does not contain elements"));
        }
        return feature;
    }

    void compatible(EObject owner, String attribute, Type actual, Type expected) {
        if (actual.kind() == Type.Kind.ANY || expected.kind() == Type.Kind.ANY || actual.kind() == Type.Kind.NULL) {
            return;
        }
        boolean ok;
        if (expected.kind() == Type.Kind.MODEL && actual.kind() == Type.Kind.MODEL) {
            EClass a = (EClass) actual.classifier();
            EClass e = (EClass) expected.classifier();
            ok = e.isSuperTypeOf(a) || a.isSuperTypeOf(e);
        } else if (expected.kind() == Type.Kind.ENUM || actual.kind() == Type.Kind.ENUM) {
            ok = expected.kind() == actual.kind() && expected.classifier() == actual.classifier();
        } else {
            ok = expected.kind() == actual.kind() || expected.kind() == Type.Kind.STRING
                    || expected.kind() == Type.Kind.REAL && actual.kind() == Type.Kind.INT;
        }
        if (!ok) {
            findings.add(new Finding(Kind.EXPRESSION_TYPE, where(owner) + "." + attribute,
                    "gives " + actual.single() + " where " + expected.single() + " is expected"));
        }
    }

    /** The variables Sirius defines in every expression, typed by Sirius's runtime model, which is not here. */
    static final List<String> SIRIUS_VARIABLES = List.of("diagram", "view", "viewpoint", "containerView",
            "elementView", "sourceView", "targetView", "preSourceView", "preTargetView", "table", "line", "column",
            "editPart", "representation", "views", "selection", "selected", "input", "arg0", "arg1", "arg2",
            "otherEnd", "edgeView", "newSource", "newTarget", "newSourceView", "newTargetView",
            // properties views (Sirius 4+): the edited value, the widget's value, a reference's candidate
            "newValue", "value", "candidate");

    static Map<String, Type> scope(Type self, Object... pairs) {
        Map<String, Type> scope = new HashMap<>();
        for (String variable : SIRIUS_VARIABLES) {
            scope.put(variable, Type.ANY);
        }
        scope.put("self", self);
        for (int i = 0; i < pairs.length; i += 2) {
            scope.put((String) pairs[i], (Type) pairs[i + 1]);
        }
        return scope;
    }

    List<String> packageNames() {
        return domain.stream().map(EPackage::getName).toList();
    }

    /**
     * The variables of an element the walk did not reach with a context (a
     * decoration, a popup menu's action…): Sirius's own, and those its
     * enclosing tool declares; self is untyped.
     */
    static Map<String, Type> fallbackScope(EObject object) {
        Map<String, Type> scope = scope(Type.ANY, "container", Type.ANY, "element", Type.ANY, "instance", Type.ANY);
        for (EObject current = object; current != null; current = current.eContainer()) {
            for (String iterator : List.of("iterator", "iteratorName", "variableName")) {
                if (string(current, iterator) != null) {
                    scope.put(string(current, iterator), Type.ANY);
                }
            }
            if (current.eClass().getEStructuralFeature("precondition") != null
                    || current.eClass().getEStructuralFeature("initialOperation") != null) {
                current.eAllContents().forEachRemaining(variable -> {
                    if (variable.eClass().getName().endsWith("Variable") && string(variable, "name") != null) {
                        scope.put(string(variable, "name"), Type.ANY);
                    }
                    if (variable.eClass().getName().equals("CreateInstance")) {
                        scope.put(string(variable, "variableName") == null ? "instance" : string(variable, "variableName"),
                                Type.ANY);
                    }
                });
            }
        }
        return scope;
    }

}
