// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.tests;

import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;

import it.tendere.dsl.ide.TendereIdeModule;
import it.tendere.dsl.ide.TendereIdeSetup;

/** The language with its editor services (quick fixes, rename, content assist), as the studio and the server have it. */
public class TendereIdeInjectorProvider extends TendereInjectorProvider {

    @Override
    protected Injector internalCreateInjector() {
        return new TendereIdeSetup() {
            @Override
            public Injector createInjector() {
                return Guice.createInjector(Modules2.mixin(createRuntimeModule(), new TendereIdeModule()));
            }
        }.createInjectorAndDoEMFRegistration();
    }
}
