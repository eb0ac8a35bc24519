// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.eclipse.xtext.validation.ValidationMessageAcceptor;

import it.tendere.dsl.i18n.Messages;
import it.tendere.servicemodel.ServiceModel;
import it.tendere.servicemodel.ServicemodelPackage;

/**
 * The base of the checks of one part of the format: reports an issue with its
 * code, the paragraph it concerns and the message the code names.
 */
abstract class SectionChecks extends AbstractDeclarativeValidator {

    private static final Messages MESSAGES = new Messages("it.tendere.dsl.validation.messages", SectionChecks.class);

    @Override
    public void register(EValidatorRegistrar registrar) {
        // Composed into TendereValidator, which registers itself.
    }

    @Override
    protected List<EPackage> getEPackages() {
        return List.of(ServicemodelPackage.eINSTANCE);
    }

    protected void error(String code, String paragraph, EObject source, EStructuralFeature feature, Object... arguments) {
        error(message(code, paragraph, arguments), source, feature, code);
    }

    protected void warning(String code, String paragraph, EObject source, EStructuralFeature feature, Object... arguments) {
        warning(message(code, paragraph, arguments), source, feature, code);
    }

    /**
     * A warning whose issue carries data for a quick fix (what the message
     * names in words, the fix needs as the language writes it).
     */
    protected void warningWithData(String code, String paragraph, EObject source, EStructuralFeature feature,
            String[] data, Object... arguments) {
        warning(message(code, paragraph, arguments), source, feature, ValidationMessageAcceptor.INSIGNIFICANT_INDEX,
                code, data);
    }

    protected static String text(String key) {
        return MESSAGES.get(key);
    }

    protected static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** The model an element belongs to, or null for a detached element. */
    protected static ServiceModel model(EObject object) {
        return EcoreUtil2.getContainerOfType(object, ServiceModel.class);
    }

    private static String message(String code, String paragraph, Object... arguments) {
        Object[] all = new Object[arguments.length + 1];
        all[0] = paragraph;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return MESSAGES.get(code, all);
    }
}
