// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;

import it.tendere.servicemodel.Performer;

/** Carries out what the user chose in the command palette. */
final class GestureOperationHandler extends GestureHandler<GestureOperation> {

    @Override
    public Optional<Command> createCommand(GestureOperation operation) {
        String element = operation.getElementId() == null ? null : element(operation.getElementId());
        String argument = operation.getArgument();
        String label = operation.getLabel() == null ? operation.getGesture() : operation.getLabel();
        Function<ModelText, ModelText.Edit> plan = switch (String.valueOf(operation.getGesture())) {
            case GestureOperation.COORDINATION -> OrganisationGestures.coordination(element);
            case GestureOperation.NON_NEGOTIABLE -> OrganisationGestures.nonNegotiable(element);
            case GestureOperation.NEEDS -> OrganisationGestures.needs(element, argument);
            case GestureOperation.NO_LONGER_NEEDS -> OrganisationGestures.noLongerNeeds(element, argument);
            case GestureOperation.PROVIDED_BY -> OrganisationGestures.providedBy(element, argument);
            case GestureOperation.PERFORMER -> performer(argument) == null ? null
                    : ProcessGestures.move(element, performer(argument), ProcessGestures.Place.UNCHANGED);
            case GestureOperation.BEFORE -> ProcessGestures.move(element, null, new ProcessGestures.Place(argument, true));
            case GestureOperation.AFTER -> ProcessGestures.move(element, null, new ProcessGestures.Place(argument, false));
            case GestureOperation.ESSENTIAL -> ProcessGestures.essential(element);
            case GestureOperation.TOOL -> ProcessGestures.tool(element, argument);
            case GestureOperation.NEW_TOOL -> ProcessGestures.newTool(element);
            case GestureOperation.ROLE -> ProcessGestures.role(element, argument);
            case GestureOperation.PARTY -> ProcessGestures.party(element, argument);
            case GestureOperation.NEW_PHASE -> performer(argument) == null ? null
                    : ProcessGestures.createPhase(element, performer(argument), ProcessGestures.Place.UNCHANGED);
            case GestureOperation.NEW_PROCESS -> ProcessGestures.createProcess(state()::show);
            default -> null;
        };
        return plan == null || element == null && !GestureOperation.NEW_PROCESS.equals(operation.getGesture())
                ? doNothing() : gesture(label, plan);
    }

    private static Performer performer(String literal) {
        return literal == null ? null : Performer.get(literal);
    }
}
