// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.validation.IDiagnosticConverter;

import it.tendere.dsl.conversion.TendereValueConverters;
import it.tendere.dsl.linking.TendereLinkingDiagnosticMessageProvider;
import it.tendere.dsl.parser.TendereSyntaxErrorMessageProvider;
import it.tendere.dsl.scoping.OwnModelOnly;
import it.tendere.dsl.validation.TendereDiagnosticConverter;

/**
 * The runtime bindings of the Tendere language beyond the generated ones.
 */
public class TendereRuntimeModule extends AbstractTendereRuntimeModule {

    @Override
    public Class<? extends IValueConverterService> bindIValueConverterService() {
        return TendereValueConverters.class;
    }

    public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
        return TendereSyntaxErrorMessageProvider.class;
    }

    public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
        return TendereLinkingDiagnosticMessageProvider.class;
    }

    public Class<? extends IDiagnosticConverter> bindIDiagnosticConverter() {
        return TendereDiagnosticConverter.class;
    }

    @Override
    public Class<? extends IGlobalScopeProvider> bindIGlobalScopeProvider() {
        return OwnModelOnly.class;
    }
}
