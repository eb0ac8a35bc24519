// SPDX-License-Identifier: EPL-2.0
package it.tendere.design.tests;

import static it.tendere.design.tests.DescriptionElements.list;
import static it.tendere.design.tests.DescriptionElements.object;
import static it.tendere.design.tests.DescriptionElements.string;
import static it.tendere.design.tests.DescriptionElements.where;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import it.tendere.design.tests.AqlChecker.Type;
import it.tendere.design.tests.Finding.Kind;

/**
 * Walks a viewpoint's representations, mappings, tools and validation rules,
 * giving each expression the context Sirius evaluates it in: {@code self}'s
 * class and the variables in scope.
 */
final class DescriptionWalk {

    private final ExpressionChecks checks;
    private final Map<EObject, Type> mappingParents = new HashMap<>();

    DescriptionWalk(ExpressionChecks checks) {
        this.checks = checks;
    }

    void viewpoint(EObject viewpoint) {
        Set<String> visited = checks.visited;
        checks.javaServices(viewpoint);
        for (EObject representation : list(viewpoint, "ownedRepresentations")) {
            Type root = checks.domainType(representation, "domainClass");
            Map<String, Type> variables = Map.of("self", root, "diagram", Type.ANY, "table", Type.ANY,
                    "viewpoint", Type.ANY);
            checks.expressionsOf(representation, root, variables, visited, false);
            String kind = representation.eClass().getName();
            if (kind.equals("DiagramDescription")) {
                diagram(representation, root, visited);
            } else if (kind.endsWith("TableDescription")) {
                table(representation, root, visited);
            } else {
                checks.unverified++;
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
        Type type = checks.domainType(mapping, "domainClass");
        mappingParents.put(mapping, parent);
        Map<String, Type> candidatesScope = ExpressionChecks.scope(parent, "container", parent, "containerView", Type.ANY);
        Type candidates = checks.expression(mapping, "semanticCandidatesExpression", parent, candidatesScope, visited);
        checks.compatible(mapping, "semanticCandidatesExpression", candidates, type);
        Map<String, Type> scope = ExpressionChecks.scope(type, "container", parent, "containerView", Type.ANY);
        checks.expression(mapping, "preconditionExpression", type, scope, visited);
        checks.expression(mapping, "semanticElements", type, scope, visited);
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
            Type type = checks.domainType(edge, "domainClass");
            checks.expression(edge, "semanticCandidatesExpression", root, ExpressionChecks.scope(root), visited);
            checks.compatible(edge, "sourceFinderExpression", checks.expression(edge, "sourceFinderExpression", type, ExpressionChecks.scope(type), visited), source);
            checks.compatible(edge, "targetFinderExpression", checks.expression(edge, "targetFinderExpression", type, ExpressionChecks.scope(type), visited), target);
            checks.expression(edge, "preconditionExpression", type, ExpressionChecks.scope(type, "source", source, "target", target), visited);
            styles(edge, type, ExpressionChecks.scope(type), visited);
        } else {
            Map<String, Type> scope = ExpressionChecks.scope(source, "source", source, "target", target);
            checks.compatible(edge, "targetFinderExpression", checks.expression(edge, "targetFinderExpression", source, scope, visited), target);
            checks.expression(edge, "preconditionExpression", source, scope, visited);
            styles(edge, source, scope, visited);
        }
    }

    private void styles(EObject mapping, Type self, Map<String, Type> scope, Set<String> visited) {
        EObject style = object(mapping, "style");
        if (style != null) {
            checks.expressionsOf(style, self, scope, visited, true);
        }
        if (mapping.eClass().getEStructuralFeature("conditionnalStyles") != null) {
            for (EObject conditional : list(mapping, "conditionnalStyles")) {
                checks.expression(conditional, "predicateExpression", self, scope, visited);
                EObject conditionalStyle = object(conditional, "style");
                if (conditionalStyle != null) {
                    checks.expressionsOf(conditionalStyle, self, scope, visited, true);
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
                checks.feature(column, lineTypes.get(0), feature, false);
            }
            checks.expressionsOf(column, lineType, ExpressionChecks.scope(lineType, "line", Type.ANY, "lineSemantic", lineType), visited, true);
        }
    }

    private void lineMapping(EObject line, Type parent, Set<String> visited, List<Type> lineTypes) {
        Type type = checks.domainType(line, "domainClass");
        lineTypes.add(type);
        Type candidates = checks.expression(line, "semanticCandidatesExpression", parent, ExpressionChecks.scope(parent, "container", parent), visited);
        checks.compatible(line, "semanticCandidatesExpression", candidates, type);
        checks.expressionsOf(line, type, ExpressionChecks.scope(type, "container", parent), visited, true);
        for (EObject sub : list(line, "ownedSubLines")) {
            lineMapping(sub, type, visited, lineTypes);
        }
    }

    private void validationSet(EObject validationSet, Set<String> visited) {
        for (EObject rule : list(validationSet, "ownedRules")) {
            Type target = rule.eClass().getEStructuralFeature("targetClass") == null ? Type.ANY
                    : checks.domainType(rule, "targetClass");
            Map<String, Type> scope = ExpressionChecks.scope(target);
            checks.expression(rule, "message", target, scope, visited);
            for (EObject audit : list(rule, "audits")) {
                Type result = checks.expression(audit, "auditExpression", target, scope, visited);
                if (result.kind() != Type.Kind.BOOL && result.kind() != Type.Kind.ANY) {
                    checks.findings.add(new Finding(Kind.EXPRESSION_TYPE, where(audit), "the audit gives " + result
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
        for (String variable : ExpressionChecks.SIRIUS_VARIABLES) {
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
            checks.unverified++;
        }
        scope.put("self", self);
        checks.expression(tool, "precondition", self, scope, visited);
        checks.expression(tool, "elementsToSelect", self, scope, visited);
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
                case "ChangeContext" -> next = checks.expression(operation, "browseExpression", self, inner, visited).single();
                case "CreateInstance" -> {
                    EStructuralFeature reference = checks.feature(operation, self, string(operation, "referenceName"), true);
                    String typeName = string(operation, "typeName");
                    next = typeName != null ? checks.domainType(operation, "typeName")
                            : reference == null ? Type.ANY : Type.of(reference.getEType());
                    if (reference != null && next.kind() == Type.Kind.MODEL
                            && !((EClass) reference.getEType()).isSuperTypeOf((EClass) next.classifier())) {
                        checks.findings.add(new Finding(Kind.FEATURE, where(operation), "a " + next + " cannot go in "
                                + reference.getName() + ", which holds " + reference.getEType().getName()));
                    }
                    String variable = string(operation, "variableName");
                    // a created instance stays visible to the operations after it
                    scope.put(variable == null ? "instance" : variable, next);
                    inner.put(variable == null ? "instance" : variable, next);
                }
                case "SetValue" -> {
                    EStructuralFeature feature = checks.feature(operation, self, string(operation, "featureName"), false);
                    Type value = checks.expression(operation, "valueExpression", self, inner, visited);
                    if (feature != null) {
                        checks.compatible(operation, "valueExpression", value, Type.of(feature.getEType()));
                    }
                }
                case "Unset", "RemoveElement" -> {
                    if (operation.eClass().getEStructuralFeature("featureName") != null) {
                        checks.feature(operation, self, string(operation, "featureName"), false);
                    }
                }
                default -> {
                    // other operations: their expressions are checked below, in the current context
                }
            }
            checks.expressionsOf(operation, self, inner, visited, false);
            inner.put("self", next);
            operations(operation, next, inner, visited);
        }
    }

    private Type commonDomain(List<EObject> mappings) {
        Set<Type> types = new LinkedHashSet<>();
        for (EObject mapping : mappings) {
            types.add(mapping.eClass().getEStructuralFeature("domainClass") == null ? Type.ANY : checks.domainType(mapping, "domainClass"));
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
}
