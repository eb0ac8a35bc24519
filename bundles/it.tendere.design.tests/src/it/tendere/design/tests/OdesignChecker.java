// SPDX-License-Identifier: EPL-2.0
package it.tendere.design.tests;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;

import it.tendere.design.tests.AqlChecker.Type;
import it.tendere.design.tests.Finding.Kind;

/**
 * Checks a Sirius viewpoint specification without Sirius: loads it strictly
 * against Sirius's own metamodels, runs EMF's Diagnostician, and follows
 * every domain class, feature name, expression and icon path of its
 * mappings, tools, tables and validation rules through the domain metamodel.
 */
public final class OdesignChecker {

    /** What a check found, and how much it could not verify without a running Sirius. */
    public record Report(List<Finding> findings, int expressions, int unverified) {
        public boolean clean() {
            return findings.isEmpty();
        }
    }

    private final SiriusMetamodels sirius;
    private final List<EPackage> domain;
    private final Map<String, Path> bundles;
    private final boolean external;
    private final ClassLoader javaServicesLoader;

    private List<Finding> findings;
    private int expressions;
    private int unverified;
    private final List<Class<?>> javaServices = new ArrayList<>();
    private boolean missingJavaServices;
    private final Map<EObject, Type> mappingParents = new HashMap<>();

    /**
     * @param domain the packages the specification's domain classes come from
     * @param bundles where the bundles named in icon paths are, by bundle id
     * @param external whether the design is someone else's, whose icons and Java services are not here:
     *        they are then counted as unverified instead of reported
     * @param javaServicesLoader the class loader that sees the Java services the viewpoint declares
     */
    public OdesignChecker(SiriusMetamodels sirius, List<EPackage> domain, Map<String, Path> bundles,
            boolean external, ClassLoader javaServicesLoader) {
        this.sirius = sirius;
        this.domain = new ArrayList<>(domain);
        this.domain.add(EcorePackage.eINSTANCE);
        this.bundles = bundles;
        this.external = external;
        this.javaServicesLoader = javaServicesLoader;
    }

    public Report check(Path odesign) {
        findings = new ArrayList<>();
        expressions = 0;
        unverified = 0;
        javaServices.clear();
        missingJavaServices = false;
        mappingParents.clear();
        ResourceSet resourceSet = sirius.newResourceSet(domain);
        Resource resource = resourceSet.createResource(URI.createFileURI(odesign.toAbsolutePath().toString()));
        try {
            resource.load(Map.of());
        } catch (IOException e) {
            if (resource.getErrors().isEmpty()) {
                findings.add(new Finding(Kind.LOAD, odesign.getFileName().toString(), String.valueOf(e.getMessage())));
            }
        }
        for (Resource.Diagnostic error : resource.getErrors()) {
            Kind kind = error instanceof UnresolvedReferenceException ? Kind.UNRESOLVED : Kind.LOAD;
            findings.add(new Finding(kind, "line " + error.getLine(), error.getMessage()));
        }
        for (Resource.Diagnostic warning : resource.getWarnings()) {
            findings.add(new Finding(Kind.LOAD, "line " + warning.getLine(), warning.getMessage()));
        }
        if (resource.getContents().isEmpty()) {
            return new Report(findings, expressions, unverified);
        }
        EcoreUtil.resolveAll(resource);
        unresolvedProxies(resource);
        constraints(resource);
        Set<String> visited = new HashSet<>();
        for (EObject root : resource.getContents()) {
            for (EObject viewpoint : list(root, "ownedViewpoints")) {
                viewpoint(viewpoint, visited);
            }
        }
        everythingElse(resource, visited);
        return new Report(findings, expressions, unverified);
    }

    // ---- structure

    private void unresolvedProxies(Resource resource) {
        Map<EObject, Collection<EStructuralFeature.Setting>> proxies = EcoreUtil.UnresolvedProxyCrossReferencer.find(resource);
        proxies.forEach((proxy, settings) -> {
            for (EStructuralFeature.Setting setting : settings) {
                findings.add(new Finding(Kind.UNRESOLVED, where(setting.getEObject()),
                        setting.getEStructuralFeature().getName() + " points at nothing: " + EcoreUtil.getURI(proxy)));
            }
        });
    }

    private void constraints(Resource resource) {
        for (EObject root : resource.getContents()) {
            collectConstraints(Diagnostician.INSTANCE.validate(root));
        }
    }

    private void collectConstraints(Diagnostic diagnostic) {
        for (Diagnostic child : diagnostic.getChildren()) {
            boolean relevant = child.getSeverity() >= Diagnostic.ERROR;
            List<?> data = child.getData();
            if (data.size() > 1 && data.get(1) instanceof EStructuralFeature feature
                    && (feature.isTransient() || feature.isDerived())) {
                relevant = false; // never written in a file, computed by Sirius
            }
            if (child.getMessage() != null && child.getMessage().contains("unresolved proxy")) {
                relevant = false; // reported as UNRESOLVED
            }
            if (relevant) {
                EObject subject = data.isEmpty() || !(data.get(0) instanceof EObject o) ? null : o;
                findings.add(new Finding(Kind.CONSTRAINT, subject == null ? "?" : where(subject), child.getMessage()));
            }
            collectConstraints(child);
        }
    }

    private void viewpoint(EObject viewpoint, Set<String> visited) {
        for (EObject extension : list(viewpoint, "ownedJavaExtensions")) {
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
        for (EObject representation : list(viewpoint, "ownedRepresentations")) {
            Type root = domainType(representation, "domainClass");
            Map<String, Type> variables = Map.of("self", root, "diagram", Type.ANY, "table", Type.ANY,
                    "viewpoint", Type.ANY);
            expressionsOf(representation, root, variables, visited, false);
            String kind = representation.eClass().getName();
            if (kind.equals("DiagramDescription")) {
                diagram(representation, root, visited);
            } else if (kind.endsWith("TableDescription")) {
                table(representation, root, visited);
            } else {
                unverified++;
            }
            EObject validation = object(representation, "validationSet");
            if (validation != null) {
                validationSet(validation, visited);
            }
        }
        EObject validation = object(viewpoint, "validationSet");
        if (validation != null) {
            validationSet(validation, visited);
        }
    }

    private void diagram(EObject diagram, Type root, Set<String> visited) {
        List<EObject> layers = new ArrayList<>();
        if (object(diagram, "defaultLayer") != null) {
            layers.add(object(diagram, "defaultLayer"));
        }
        layers.addAll(list(diagram, "additionalLayers"));
        // Mappings first: the tools need to know their mappings' containers.
        for (EObject layer : layers) {
            for (String feature : List.of("nodeMappings", "containerMappings")) {
                for (EObject mapping : list(layer, feature)) {
                    nodeMapping(mapping, root, visited);
                }
            }
        }
        for (EObject layer : layers) {
            for (EObject edge : list(layer, "edgeMappings")) {
                edgeMapping(edge, root, visited);
            }
        }
        for (EObject layer : layers) {
            for (EObject section : list(layer, "toolSections")) {
                toolSection(section, root, visited);
            }
        }
    }

    private void nodeMapping(EObject mapping, Type parent, Set<String> visited) {
        Type type = domainType(mapping, "domainClass");
        mappingParents.put(mapping, parent);
        Map<String, Type> candidatesScope = scope(parent, "container", parent, "containerView", Type.ANY);
        Type candidates = expression(mapping, "semanticCandidatesExpression", parent, candidatesScope, visited);
        compatible(mapping, "semanticCandidatesExpression", candidates, type);
        Map<String, Type> scope = scope(type, "container", parent, "containerView", Type.ANY);
        expression(mapping, "preconditionExpression", type, scope, visited);
        expression(mapping, "semanticElements", type, scope, visited);
        styles(mapping, type, scope, visited);
        for (String feature : List.of("subNodeMappings", "subContainerMappings", "borderedNodeMappings")) {
            if (mapping.eClass().getEStructuralFeature(feature) != null) {
                for (EObject child : list(mapping, feature)) {
                    nodeMapping(child, type, visited);
                }
            }
        }
    }

    private void edgeMapping(EObject edge, Type root, Set<String> visited) {
        String domainClass = string(edge, "domainClass");
        boolean elementBased = Boolean.TRUE.equals(edge.eGet(edge.eClass().getEStructuralFeature("useDomainElement")))
                && domainClass != null;
        Type source = commonDomain(list(edge, "sourceMapping"));
        Type target = commonDomain(list(edge, "targetMapping"));
        if (elementBased) {
            Type type = domainType(edge, "domainClass");
            expression(edge, "semanticCandidatesExpression", root, scope(root), visited);
            compatible(edge, "sourceFinderExpression", expression(edge, "sourceFinderExpression", type, scope(type), visited), source);
            compatible(edge, "targetFinderExpression", expression(edge, "targetFinderExpression", type, scope(type), visited), target);
            expression(edge, "preconditionExpression", type, scope(type, "source", source, "target", target), visited);
            styles(edge, type, scope(type), visited);
        } else {
            Map<String, Type> scope = scope(source, "source", source, "target", target);
            compatible(edge, "targetFinderExpression", expression(edge, "targetFinderExpression", source, scope, visited), target);
            expression(edge, "preconditionExpression", source, scope, visited);
            styles(edge, source, scope, visited);
        }
    }

    private void styles(EObject mapping, Type self, Map<String, Type> scope, Set<String> visited) {
        EObject style = object(mapping, "style");
        if (style != null) {
            expressionsOf(style, self, scope, visited, true);
        }
        if (mapping.eClass().getEStructuralFeature("conditionnalStyles") != null) {
            for (EObject conditional : list(mapping, "conditionnalStyles")) {
                expression(conditional, "predicateExpression", self, scope, visited);
                EObject conditionalStyle = object(conditional, "style");
                if (conditionalStyle != null) {
                    expressionsOf(conditionalStyle, self, scope, visited, true);
                }
            }
        }
    }

    private void table(EObject table, Type root, Set<String> visited) {
        List<Type> lineTypes = new ArrayList<>();
        for (EObject line : list(table, "ownedLineMappings")) {
            lineMapping(line, root, visited, lineTypes);
        }
        Type lineType = lineTypes.isEmpty() ? Type.ANY : lineTypes.get(0);
        for (Type other : lineTypes) {
            if (!other.equals(lineType)) {
                lineType = Type.ANY;
            }
        }
        if (table.eClass().getEStructuralFeature("ownedColumnMappings") == null) {
            return;
        }
        for (EObject column : list(table, "ownedColumnMappings")) {
            String feature = string(column, "featureName");
            boolean onSomeLine = lineTypes.stream().anyMatch(t -> t.kind() != Type.Kind.MODEL
                    || ((EClass) t.classifier()).getEStructuralFeature(feature) != null);
            if (feature != null && !feature.equals("*") && !onSomeLine) {
                feature(column, lineTypes.get(0), feature, false);
            }
            expressionsOf(column, lineType, scope(lineType, "line", Type.ANY, "lineSemantic", lineType), visited, true);
        }
    }

    private void lineMapping(EObject line, Type parent, Set<String> visited, List<Type> lineTypes) {
        Type type = domainType(line, "domainClass");
        lineTypes.add(type);
        Type candidates = expression(line, "semanticCandidatesExpression", parent, scope(parent, "container", parent), visited);
        compatible(line, "semanticCandidatesExpression", candidates, type);
        expressionsOf(line, type, scope(type, "container", parent), visited, true);
        for (EObject sub : list(line, "ownedSubLines")) {
            lineMapping(sub, type, visited, lineTypes);
        }
    }

    private void validationSet(EObject validationSet, Set<String> visited) {
        for (EObject rule : list(validationSet, "ownedRules")) {
            Type target = rule.eClass().getEStructuralFeature("targetClass") == null ? Type.ANY
                    : domainType(rule, "targetClass");
            Map<String, Type> scope = scope(target);
            expression(rule, "message", target, scope, visited);
            for (EObject audit : list(rule, "audits")) {
                Type result = expression(audit, "auditExpression", target, scope, visited);
                if (result.kind() != Type.Kind.BOOL && result.kind() != Type.Kind.ANY) {
                    findings.add(new Finding(Kind.EXPRESSION_TYPE, where(audit), "the audit gives " + result
                            + ", not a Boolean"));
                }
            }
            for (EObject fix : list(rule, "fixes")) {
                operations(fix, target, scope, visited);
            }
        }
    }

    // ---- tools

    private void toolSection(EObject section, Type root, Set<String> visited) {
        for (EObject tool : list(section, "ownedTools")) {
            tool(tool, root, visited);
        }
        for (EObject sub : list(section, "subSections")) {
            toolSection(sub, root, visited);
        }
    }

    private void tool(EObject tool, Type root, Set<String> visited) {
        Map<String, Type> scope = new HashMap<>();
        for (String variable : SIRIUS_VARIABLES) {
            scope.put(variable, Type.ANY);
        }
        tool.eAllContents().forEachRemaining(variable -> {
            if (variable.eClass().getName().endsWith("Variable") && string(variable, "name") != null) {
                scope.put(string(variable, "name"), Type.ANY);
            }
        });
        Type self = Type.ANY;
        String kind = tool.eClass().getName();
        if (kind.equals("NodeCreationDescription") || kind.equals("ContainerCreationDescription")) {
            List<EObject> mappings = list(tool, kind.equals("NodeCreationDescription") ? "nodeMappings" : "containerMappings");
            self = commonParent(mappings);
            scope.put(string(object(tool, "variable"), "name"), self);
        } else if (kind.equals("EdgeCreationDescription")) {
            List<EObject> sources = new ArrayList<>();
            List<EObject> targets = new ArrayList<>();
            for (EObject edge : list(tool, "edgeMappings")) {
                sources.addAll(list(edge, "sourceMapping"));
                targets.addAll(list(edge, "targetMapping"));
            }
            self = commonDomain(sources);
            scope.put(string(object(tool, "sourceVariable"), "name"), self);
            scope.put(string(object(tool, "targetVariable"), "name"), commonDomain(targets));
            scope.put("preSource", self);
            scope.put("preTarget", commonDomain(targets));
        } else if (kind.equals("ContainerDropDescription")) {
            scope.put(string(object(tool, "element"), "name"), commonDomain(list(tool, "mappings")));
        } else {
            unverified++;
        }
        scope.put("self", self);
        expression(tool, "precondition", self, scope, visited);
        expression(tool, "elementsToSelect", self, scope, visited);
        EObject initial = object(tool, "initialOperation");
        if (initial != null) {
            operations(initial, self, scope, visited);
        }
    }

    /** Follows the context through model operations: ChangeContext moves it, CreateInstance creates it. */
    private void operations(EObject container, Type self, Map<String, Type> scope, Set<String> visited) {
        for (EObject operation : container.eContents()) {
            String kind = operation.eClass().getName();
            Type next = self;
            Map<String, Type> inner = new HashMap<>(scope);
            inner.put("self", self);
            switch (kind) {
                case "ChangeContext" -> next = expression(operation, "browseExpression", self, inner, visited).single();
                case "CreateInstance" -> {
                    EStructuralFeature reference = feature(operation, self, string(operation, "referenceName"), true);
                    String typeName = string(operation, "typeName");
                    next = typeName != null ? domainType(operation, "typeName")
                            : reference == null ? Type.ANY : Type.of(reference.getEType());
                    if (reference != null && next.kind() == Type.Kind.MODEL
                            && !((EClass) reference.getEType()).isSuperTypeOf((EClass) next.classifier())) {
                        findings.add(new Finding(Kind.FEATURE, where(operation), "a " + next + " cannot go in "
                                + reference.getName() + ", which holds " + reference.getEType().getName()));
                    }
                    String variable = string(operation, "variableName");
                    // a created instance stays visible to the operations after it
                    scope.put(variable == null ? "instance" : variable, next);
                    inner.put(variable == null ? "instance" : variable, next);
                }
                case "SetValue" -> {
                    EStructuralFeature feature = feature(operation, self, string(operation, "featureName"), false);
                    Type value = expression(operation, "valueExpression", self, inner, visited);
                    if (feature != null) {
                        compatible(operation, "valueExpression", value, Type.of(feature.getEType()));
                    }
                }
                case "Unset", "RemoveElement" -> {
                    if (operation.eClass().getEStructuralFeature("featureName") != null) {
                        feature(operation, self, string(operation, "featureName"), false);
                    }
                }
                default -> {
                    // other operations: their expressions are checked below, in the current context
                }
            }
            expressionsOf(operation, self, inner, visited, false);
            inner.put("self", next);
            operations(operation, next, inner, visited);
        }
    }

    // ---- expressions

    private Type expression(EObject owner, String attributeName, Type self, Map<String, Type> scope, Set<String> visited) {
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
    private void expressionsOf(EObject owner, Type self, Map<String, Type> scope, Set<String> visited, boolean contained) {
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

    private Type check(EObject owner, String attribute, String text, Map<String, Type> variables) {
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

    private Type domainType(EObject owner, String attribute) {
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

    private EStructuralFeature feature(EObject owner, Type self, String name, boolean containment) {
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

    private void compatible(EObject owner, String attribute, Type actual, Type expected) {
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

    private Type commonDomain(List<EObject> mappings) {
        Set<Type> types = new LinkedHashSet<>();
        for (EObject mapping : mappings) {
            types.add(mapping.eClass().getEStructuralFeature("domainClass") == null ? Type.ANY : domainType(mapping, "domainClass"));
        }
        return types.size() == 1 ? types.iterator().next() : Type.ANY;
    }

    private Type commonParent(List<EObject> mappings) {
        Set<Type> types = new LinkedHashSet<>();
        for (EObject mapping : mappings) {
            types.add(mappingParents.getOrDefault(mapping, Type.ANY));
        }
        return types.size() == 1 ? types.iterator().next() : Type.ANY;
    }

    // ---- what the walk did not reach: type names, icons, and expressions checked without context

    private void everythingElse(Resource resource, Set<String> visited) {
        resource.getAllContents().forEachRemaining(object -> {
            for (EAttribute attribute : object.eClass().getEAllAttributes()) {
                String type = attribute.getEAttributeType().getName();
                if (!object.eIsSet(attribute)) {
                    continue;
                }
                for (Object value : values(object, attribute)) {
                    if (!(value instanceof String text) || text.isBlank()) {
                        continue;
                    }
                    if (type.equals("TypeName") && classifier(text) == null) {
                        findings.add(new Finding(Kind.DOMAIN_CLASS, where(object) + "." + attribute.getName(),
                                "no class '" + text + "' in " + packageNames()));
                    } else if (type.equals("ImagePath")) {
                        icon(object, attribute, text);
                    } else if (isExpression(attribute) && !visited.contains(key(object, attribute))) {
                        visited.add(key(object, attribute));
                        check(object, attribute.getName(), text, fallbackScope(object));
                        unverified++;
                    }
                }
            }
        });
    }

    /**
     * The variables of an element the walk did not reach with a context (a
     * decoration, a popup menu's action…): Sirius's own, and those its
     * enclosing tool declares; self is untyped.
     */
    private static Map<String, Type> fallbackScope(EObject object) {
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

    private void icon(EObject owner, EAttribute attribute, String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        int slash = trimmed.indexOf('/');
        String bundle = slash < 0 ? trimmed : trimmed.substring(0, slash);
        Path folder = bundles.get(bundle);
        if (folder == null) {
            if (external) {
                unverified++;
            } else {
                findings.add(new Finding(Kind.ICON, where(owner) + "." + attribute.getName(), "unknown bundle in " + path));
            }
        } else if (slash < 0 || !Files.isRegularFile(folder.resolve(trimmed.substring(slash + 1)))) {
            findings.add(new Finding(Kind.ICON, where(owner) + "." + attribute.getName(), "no file " + path));
        }
    }

    // ---- helpers

    private static boolean isExpression(EAttribute attribute) {
        return attribute.getEAttributeType().getName().equals("InterpretedExpression");
    }

    private static String key(EObject owner, EStructuralFeature feature) {
        return System.identityHashCode(owner) + "#" + feature.getName();
    }

    /** The variables Sirius defines in every expression, typed by Sirius's runtime model, which is not here. */
    private static final List<String> SIRIUS_VARIABLES = List.of("diagram", "view", "viewpoint", "containerView",
            "elementView", "sourceView", "targetView", "preSourceView", "preTargetView", "table", "line", "column",
            "editPart", "representation", "views", "selection", "selected", "input", "arg0", "arg1", "arg2",
            "otherEnd", "edgeView", "newSource", "newTarget", "newSourceView", "newTargetView",
            // properties views (Sirius 4+): the edited value, the widget's value, a reference's candidate
            "newValue", "value", "candidate");

    private static Map<String, Type> scope(Type self, Object... pairs) {
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

    private List<String> packageNames() {
        return domain.stream().map(EPackage::getName).toList();
    }

    private static List<?> values(EObject object, EAttribute attribute) {
        Object value = object.eGet(attribute);
        return attribute.isMany() ? (List<?>) value : value == null ? List.of() : List.of(value);
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> list(EObject object, String feature) {
        EStructuralFeature structural = object.eClass().getEStructuralFeature(feature);
        if (structural == null) {
            return List.of();
        }
        Object value = object.eGet(structural);
        return structural.isMany() ? (List<EObject>) value : value == null ? List.of() : List.of((EObject) value);
    }

    private static EObject object(EObject object, String feature) {
        List<EObject> values = list(object, feature);
        return values.isEmpty() ? null : values.get(0);
    }

    private static String string(EObject object, String feature) {
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
