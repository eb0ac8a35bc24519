// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.ide;

import com.google.inject.Guice;
import com.google.inject.Injector;

import org.eclipse.xtext.util.Modules2;

import it.tendere.dsl.TendereRuntimeModule;
import it.tendere.dsl.TendereStandaloneSetup;

/**
 * Sets the language up with its editor services, for the language server.
 */
public class TendereIdeSetup extends TendereStandaloneSetup {

    @Override
    public Injector createInjector() {
        return Guice.createInjector(Modules2.mixin(new TendereRuntimeModule(), new TendereIdeModule()));
    }
}
