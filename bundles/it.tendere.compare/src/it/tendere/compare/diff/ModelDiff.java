// SPDX-License-Identifier: EPL-2.0
package it.tendere.compare.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import it.tendere.compare.diff.Change.Kind;
import it.tendere.identity.ElementId;
import it.tendere.servicemodel.Phase;
import it.tendere.servicemodel.Process;
import it.tendere.servicemodel.ServiceModel;
import it.tendere.servicemodel.ServicemodelPackage;

/**
 * The semantic comparison of two versions of one Province's model: the
 * elements added, removed, changed (which value, from what to what) and
 * moved (a phase to another lane, to another place in its process, to
 * another process), grouped by paragraph of the format. It compares models,
 * not texts: layout, comments and the order of declarations make no change.
 */
public final class ModelDiff {

    private static final ServicemodelPackage P = ServicemodelPackage.eINSTANCE;

    private ModelDiff() {
    }

    /** The changes from {@code before} to {@code after}, in the format's order. */
    public static List<Change> compare(ServiceModel before, ServiceModel after) {
        Map<String, EObject> old = ElementKeys.index(before);
        Map<String, EObject> now = ElementKeys.index(after);
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<String, EObject> entry : now.entrySet()) {
            EObject element = entry.getValue();
            EObject previous = old.get(entry.getKey());
            if (previous != null) {
                features(previous, element, changes);
            } else if (element.eContainer() == null || old.containsKey(ElementKeys.key(element.eContainer()))) {
                changes.add(change(element, Kind.ADDED, ""));
            }
        }
        for (Map.Entry<String, EObject> entry : old.entrySet()) {
            EObject element = entry.getValue();
            if (!now.containsKey(entry.getKey()) && now.containsKey(ElementKeys.key(element.eContainer()))) {
                changes.add(change(element, Kind.REMOVED, ""));
            }
        }
        phaseOrder(before, after, changes);
        List<Change> result = movedBetweenProcesses(changes);
        result.sort(Comparator.comparing(Change::paragraph));
        return result;
    }

    private static Change change(EObject element, Kind kind, String detail) {
        return new Change(DiffTexts.paragraph(element), kind, ElementId.of(element), DiffTexts.label(element), detail);
    }

    /** The values of one element in both versions: attributes, and references by the elements they name. */
    private static void features(EObject before, EObject after, List<Change> changes) {
        for (EStructuralFeature feature : after.eClass().getEAllStructuralFeatures()) {
            if (feature instanceof EReference reference && (reference.isContainment() || reference.isContainer())
                    || feature == P.getNamedElement_Name() || feature.isDerived() || feature.isTransient()) {
                continue;
            }
            List<String> was = values(before, feature);
            List<String> is = values(after, feature);
            if (feature.isMany()) {
                Set<String> removed = new LinkedHashSet<>(was);
                is.forEach(removed::remove);
                Set<String> added = new LinkedHashSet<>(is);
                was.forEach(added::remove);
                if (!added.isEmpty() || !removed.isEmpty()) {
                    changes.add(change(after, Kind.CHANGED, DiffTexts.listChange(feature, added, removed)));
                }
            } else if (!was.equals(is)) {
                String from = was.isEmpty() ? null : was.get(0);
                String to = is.isEmpty() ? null : is.get(0);
                if (feature == P.getPhase_Performer() && from != null && to != null) {
                    changes.add(change(after, Kind.MOVED, DiffTexts.get("diff.lane", from, to)));
                } else {
                    changes.add(change(after, Kind.CHANGED, DiffTexts.valueChange(feature, from, to)));
                }
            }
        }
    }

    /** A feature's values as a reader sees them; nothing for an unset one. */
    private static List<String> values(EObject element, EStructuralFeature feature) {
        if (!feature.isMany() && !element.eIsSet(feature) && !(feature instanceof EAttribute attribute
                && attribute.getEAttributeType().getInstanceClass() == boolean.class)) {
            return List.of();
        }
        Object value = element.eGet(feature);
        List<String> values = new ArrayList<>();
        for (Object one : value instanceof List<?> list ? list : List.of(value)) {
            values.add(one instanceof EObject target ? DiffTexts.name(target) : DiffTexts.value(one));
        }
        return values;
    }

    /**
     * The phases of a process that kept their process but changed place among
     * the others: those outside the longest run of phases in the same order
     * in both versions (so one phase moved is one change, not every phase
     * after it).
     */
    private static void phaseOrder(ServiceModel before, ServiceModel after, List<Change> changes) {
        if (before.getProcessesAndTools() == null || after.getProcessesAndTools() == null) {
            return;
        }
        for (Process process : after.getProcessesAndTools().getProcesses()) {
            Process previous = before.getProcessesAndTools().getProcesses().stream()
                    .filter(p -> Objects.equals(p.getName(), process.getName())).findFirst().orElse(null);
            if (previous == null) {
                continue;
            }
            List<String> was = previous.getPhases().stream().map(Phase::getName).toList();
            List<String> is = process.getPhases().stream().map(Phase::getName).toList();
            List<String> common = is.stream().filter(was::contains).toList();
            List<String> oldCommon = was.stream().filter(is::contains).toList();
            Set<String> kept = new LinkedHashSet<>(longestCommonSubsequence(oldCommon, common));
            for (Phase phase : process.getPhases()) {
                if (common.contains(phase.getName()) && !kept.contains(phase.getName())) {
                    changes.add(change(phase, Kind.MOVED, DiffTexts.get("diff.order",
                            was.indexOf(phase.getName()) + 1, is.indexOf(phase.getName()) + 1)));
                }
            }
        }
    }

    private static List<String> longestCommonSubsequence(List<String> a, List<String> b) {
        int[][] length = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                length[i][j] = a.get(i).equals(b.get(j)) ? length[i + 1][j + 1] + 1
                        : Math.max(length[i + 1][j], length[i][j + 1]);
            }
        }
        List<String> common = new ArrayList<>();
        for (int i = 0, j = 0; i < a.size() && j < b.size();) {
            if (a.get(i).equals(b.get(j))) {
                common.add(a.get(i));
                i++;
                j++;
            } else if (length[i + 1][j] >= length[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }

    /** A phase removed from one process and added, with its name, to one other: moved, said once. */
    private static List<Change> movedBetweenProcesses(List<Change> changes) {
        List<Change> result = new ArrayList<>(changes);
        for (Change removed : changes) {
            if (removed.kind() != Kind.REMOVED || !removed.element().startsWith("Phase:")) {
                continue;
            }
            String name = removed.element().substring(removed.element().indexOf('/') + 1);
            List<Change> added = changes.stream().filter(c -> c.kind() == Kind.ADDED && c.element().startsWith("Phase:")
                    && c.element().endsWith("/" + name)).toList();
            if (added.size() == 1) {
                Change to = added.get(0);
                result.remove(removed);
                result.set(result.indexOf(to), new Change(to.paragraph(), Kind.MOVED, to.element(), to.label(),
                        DiffTexts.get("diff.process", process(removed.element()), process(to.element()))));
            }
        }
        return result;
    }

    private static String process(String phaseId) {
        return phaseId.substring("Phase:".length(), phaseId.indexOf('/'));
    }
}
