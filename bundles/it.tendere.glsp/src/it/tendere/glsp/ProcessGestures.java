// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import java.util.function.Function;

import org.eclipse.emf.common.util.EList;

import it.tendere.identity.ElementId;
import it.tendere.servicemodel.ExternalProvider;
import it.tendere.servicemodel.Performer;
import it.tendere.servicemodel.Phase;
import it.tendere.servicemodel.Process;
import it.tendere.servicemodel.ProcessesAndTools;
import it.tendere.servicemodel.Role;
import it.tendere.servicemodel.ServiceModel;
import it.tendere.servicemodel.ServicemodelFactory;
import it.tendere.servicemodel.ServicemodelPackage;
import it.tendere.servicemodel.Tool;

/**
 * What each gesture on a process map does to the model, as
 * {@link OrganisationGestures} does for the organisation. A phase's place in
 * the map is its performer (the lane) and its place in the process's list of
 * phases (the column): moving its box changes those two, nothing else.
 */
final class ProcessGestures {

    private static final ServicemodelFactory FACTORY = ServicemodelFactory.eINSTANCE;

    private ProcessGestures() {
    }

    /** Where a phase goes in its process: before or after another phase, or where it is when there is none. */
    record Place(String anchor, boolean before) {

        static final Place UNCHANGED = new Place(null, false);
    }

    /** A new process, «Nuovo processo», without phases; its id is given to {@code created}. */
    static Function<ModelText, ModelText.Edit> createProcess(java.util.function.Consumer<String> created) {
        return OrganisationGestures.plan(model -> {
            Process process = FACTORY.createProcess();
            process.setName(OrganisationGestures.freeName(model, "processo"));
            process.setTitle("Nuovo processo");
            processes(model).getProcesses().add(process);
            created.accept(ElementId.of(process));
        });
    }

    /** A new phase, «Nuova fase», in a process, performed by {@code performer}, at {@code place}. */
    static Function<ModelText, ModelText.Edit> createPhase(String process, Performer performer, Place place) {
        return OrganisationGestures.plan(model -> {
            if (ElementId.find(model, process) instanceof Process p) {
                Phase phase = FACTORY.createPhase();
                phase.setName(OrganisationGestures.freeName(model, "fase"));
                phase.setTitle("Nuova fase");
                phase.setPerformer(performer);
                p.getPhases().add(phase);
                put(p.getPhases(), phase, model, place);
            }
        });
    }

    /**
     * A phase moved: to another lane (its performer; null to keep it) and
     * along the lanes (its order). A performer already written is changed in
     * place ({@link ModelText#replaced}), one not written yet is added by the
     * serializer.
     */
    static Function<ModelText, ModelText.Edit> move(String phase, Performer performer, Place place) {
        return text -> {
            String current = text.text();
            boolean add = false;
            if (performer != null && ElementId.find(text.model(), phase) instanceof Phase p) {
                if (p.isSetPerformer() && p.getPerformer() != performer) {
                    current = text.replaced(current, phase, ServicemodelPackage.Literals.PHASE__PERFORMER,
                            performer.getLiteral());
                }
                add = !p.isSetPerformer();
            }
            boolean addPerformer = add;
            return text.finish(text.changed(current, model -> {
                if (ElementId.find(model, phase) instanceof Phase p && p.eContainer() instanceof Process process) {
                    if (addPerformer) {
                        p.setPerformer(performer);
                    }
                    put(process.getPhases(), p, model, place);
                }
            }));
        };
    }

    private static void put(EList<Phase> phases, Phase phase, ServiceModel model, Place place) {
        if (place.anchor() == null || !(ElementId.find(model, place.anchor()) instanceof Phase anchor)
                || anchor == phase || !phases.contains(anchor)) {
            return;
        }
        int from = phases.indexOf(phase);
        int at = phases.indexOf(anchor);
        int to = place.before() ? (from < at ? at - 1 : at) : (from < at ? at : at + 1);
        if (to != from) {
            phases.move(to, from);
        }
    }

    /** The phase essential, or no longer. */
    static Function<ModelText, ModelText.Edit> essential(String phase) {
        return OrganisationGestures.toggle(phase, ServicemodelPackage.Literals.PHASE__ESSENTIAL,
                element -> element instanceof Phase p && p.isEssential(), model -> {
                    if (ElementId.find(model, phase) instanceof Phase p) {
                        p.setEssential(true);
                    }
                });
    }

    /** The phase uses the tool, or no longer. */
    static Function<ModelText, ModelText.Edit> tool(String phase, String tool) {
        return OrganisationGestures.plan(model -> {
            if (ElementId.find(model, phase) instanceof Phase p && ElementId.find(model, tool) instanceof Tool t) {
                if (!p.getTools().remove(t)) {
                    p.getTools().add(t);
                }
            }
        });
    }

    /** A new tool, «Nuovo strumento», which the phase uses. */
    static Function<ModelText, ModelText.Edit> newTool(String phase) {
        return OrganisationGestures.plan(model -> {
            if (ElementId.find(model, phase) instanceof Phase p) {
                Tool tool = FACTORY.createTool();
                tool.setName(OrganisationGestures.freeName(model, "strumento"));
                tool.setTitle("Nuovo strumento");
                processes(model).getTools().add(tool);
                p.getTools().add(tool);
            }
        });
    }

    /** One of the roles that carry the phase out, or no longer. */
    static Function<ModelText, ModelText.Edit> role(String phase, String role) {
        return OrganisationGestures.plan(model -> {
            if (ElementId.find(model, phase) instanceof Phase p && ElementId.find(model, role) instanceof Role r) {
                if (!p.getRoles().remove(r)) {
                    p.getRoles().add(r);
                }
            }
        });
    }

    /** The external party of the phase: {@code provider}, or none where it is that one already. */
    static Function<ModelText, ModelText.Edit> party(String phase, String provider) {
        return OrganisationGestures.toggle(phase, ServicemodelPackage.Literals.PHASE__PARTY,
                element -> element instanceof Phase p && p.getParty() != null
                        && provider.equals(ElementId.of(p.getParty())),
                model -> {
                    if (ElementId.find(model, phase) instanceof Phase p
                            && ElementId.find(model, provider) instanceof ExternalProvider party) {
                        p.setParty(party);
                    }
                });
    }

    private static ProcessesAndTools processes(ServiceModel model) {
        if (model.getProcessesAndTools() == null) {
            model.setProcessesAndTools(FACTORY.createProcessesAndTools());
        }
        return model.getProcessesAndTools();
    }
}
