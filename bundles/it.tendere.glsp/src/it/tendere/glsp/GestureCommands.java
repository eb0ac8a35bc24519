// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.CenterAction;
import org.eclipse.glsp.server.actions.SelectAction;
import org.eclipse.glsp.server.di.DiagramType;
import org.eclipse.glsp.server.features.commandpalette.CommandPaletteActionProvider;
import org.eclipse.glsp.server.features.directediting.LabeledAction;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.eclipse.glsp.server.types.EditorContext;

import com.google.inject.Inject;

import it.tendere.format.Labels;
import it.tendere.format.Titles;
import it.tendere.identity.ElementId;
import it.tendere.servicemodel.Competence;
import it.tendere.servicemodel.ExternalProvider;
import it.tendere.servicemodel.Performer;
import it.tendere.servicemodel.Phase;
import it.tendere.servicemodel.Process;
import it.tendere.servicemodel.Role;
import it.tendere.servicemodel.ServiceModel;
import it.tendere.servicemodel.TitledElement;
import it.tendere.servicemodel.Tool;

/**
 * The command palette (Ctrl+Spazio): for the one element selected, every
 * gesture that applies to it, named by what it will do (so the palette
 * shows the element's state: «Togli "essenziale"» on an essential phase);
 * with nothing selected, what can be created. Every gesture of the editor
 * is here, so all of it can be done from the keyboard.
 */
final class GestureCommands implements CommandPaletteActionProvider {

    @Inject
    private TendereModelState state;

    @Inject
    @DiagramType
    private String diagramType;

    @Override
    public List<? extends LabeledAction> getActions(EditorContext context) {
        ServiceModel model = state.text() == null ? null : state.text().model();
        List<LabeledAction> actions = new ArrayList<>();
        if (model == null) {
            return actions;
        }
        List<String> selected = context.getSelectedElementIds() == null ? List.of()
                : context.getSelectedElementIds().stream().map(GestureHandler::element).distinct().toList();
        EObject element = selected.size() == 1 ? ElementId.find(model, selected.get(0)) : null;
        if (element instanceof Role role) {
            role(actions, model, role);
        } else if (element instanceof Competence competence) {
            competence(actions, model, competence);
        } else if (element instanceof Phase phase) {
            phase(actions, model, phase);
        } else if (selected.isEmpty() || element == null) {
            Process process = state.process();
            if (process != null && GraphIds.PROCESS.equals(diagramType)) {
                for (Performer performer : Performer.VALUES) {
                    add(actions, GlspMessages.get("command.newPhase", Labels.performer(performer)),
                            GestureOperation.NEW_PHASE, ElementId.of(process), performer.getLiteral());
                }
                actions.add(new LabeledAction(GlspMessages.get("command.deleteProcess", process.getName()),
                        List.of(new DeleteOperation(List.of(ElementId.of(process))))));
            }
            add(actions, GlspMessages.get("palette." + GraphIds.NEW_PROCESS), GestureOperation.NEW_PROCESS, null, null);
        }
        select(actions, model);
        return actions;
    }

    /** «Seleziona: «…»» for every box of the diagram that stands for an element: the keyboard's way to a box. */
    private void select(List<LabeledAction> actions, ServiceModel model) {
        if (state.getRoot() == null) {
            return;
        }
        for (var child : state.getRoot().getChildren()) {
            if (child instanceof org.eclipse.glsp.graph.GNode node && !node.getId().contains("#")
                    && ElementId.find(model, node.getId()) instanceof TitledElement titled) {
                actions.add(new LabeledAction(GlspMessages.get("command.select", Titles.of(titled)),
                        List.<Action>of(SelectAction.setSelection(List.of(node.getId())),
                                new CenterAction(List.of(node.getId()), false, true))));
            }
        }
    }

    private static void role(List<LabeledAction> actions, ServiceModel model, Role role) {
        String id = ElementId.of(role);
        if (!role.isCoordination()) {
            add(actions, GlspMessages.get("command.coordination"), GestureOperation.COORDINATION, id, null);
        }
        for (Competence competence : model.getOrganisation().getCompetences()) {
            boolean needed = role.getCompetences().contains(competence);
            add(actions, GlspMessages.get(needed ? "command.noLongerNeeds" : "command.needs", Titles.of(competence)),
                    needed ? GestureOperation.NO_LONGER_NEEDS : GestureOperation.NEEDS, id, ElementId.of(competence));
        }
    }

    private static void competence(List<LabeledAction> actions, ServiceModel model, Competence competence) {
        String id = ElementId.of(competence);
        add(actions, GlspMessages.get(competence.isNonNegotiable() ? "command.negotiable" : "command.nonNegotiable"),
                GestureOperation.NON_NEGOTIABLE, id, null);
        for (ExternalProvider provider : model.getOrganisation().getProviders()) {
            if (competence.getProvider() != provider) {
                add(actions, GlspMessages.get("command.providedBy", Titles.of(provider)), GestureOperation.PROVIDED_BY,
                        id, ElementId.of(provider));
            }
        }
    }

    private static void phase(List<LabeledAction> actions, ServiceModel model, Phase phase) {
        String id = ElementId.of(phase);
        for (Performer performer : Performer.VALUES) {
            if (!phase.isSetPerformer() || phase.getPerformer() != performer) {
                add(actions, GlspMessages.get("command.performer", Labels.performer(performer)),
                        GestureOperation.PERFORMER, id, performer.getLiteral());
            }
        }
        List<Phase> phases = ((Process) phase.eContainer()).getPhases();
        int index = phases.indexOf(phase);
        if (index > 0) {
            add(actions, GlspMessages.get("command.before", Titles.of(phases.get(index - 1))), GestureOperation.BEFORE,
                    id, ElementId.of(phases.get(index - 1)));
        }
        if (index < phases.size() - 1) {
            add(actions, GlspMessages.get("command.after", Titles.of(phases.get(index + 1))), GestureOperation.AFTER,
                    id, ElementId.of(phases.get(index + 1)));
        }
        add(actions, GlspMessages.get(phase.isEssential() ? "command.notEssential" : "command.essential"),
                GestureOperation.ESSENTIAL, id, null);
        if (model.getProcessesAndTools() != null) {
            for (Tool tool : model.getProcessesAndTools().getTools()) {
                boolean used = phase.getTools().contains(tool);
                add(actions, GlspMessages.get(used ? "command.noTool" : "command.tool", Titles.of(tool)),
                        GestureOperation.TOOL, id, ElementId.of(tool));
            }
        }
        add(actions, GlspMessages.get("command.newTool"), GestureOperation.NEW_TOOL, id, null);
        if (model.getOrganisation() != null) {
            for (Role role : model.getOrganisation().getRoles()) {
                boolean has = phase.getRoles().contains(role);
                add(actions, GlspMessages.get(has ? "command.noRole" : "command.role", Titles.of(role)),
                        GestureOperation.ROLE, id, ElementId.of(role));
            }
            for (ExternalProvider provider : model.getOrganisation().getProviders()) {
                boolean is = phase.getParty() == provider;
                add(actions, GlspMessages.get(is ? "command.noParty" : "command.party", Titles.of(provider)),
                        GestureOperation.PARTY, id, ElementId.of(provider));
            }
        }
    }

    private static void add(List<LabeledAction> actions, String label, String gesture, String element,
            String argument) {
        actions.add(new LabeledAction(label, List.<Action>of(new GestureOperation(gesture, element, argument, label))));
    }
}
