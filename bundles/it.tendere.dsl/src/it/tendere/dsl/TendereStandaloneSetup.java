// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl;

import com.google.inject.Injector;

import it.tendere.servicemodel.ServicemodelPackage;

/**
 * Sets the language up outside OSGi: registers the service metamodel and the
 * {@code .tendere} resource factory, then creates the injector.
 */
public class TendereStandaloneSetup extends TendereStandaloneSetupGenerated {

    /** Creates the injector once per JVM and registers the language globally. */
    public static Injector doSetup() {
        return new TendereStandaloneSetup().createInjectorAndDoEMFRegistration();
    }

    @Override
    public Injector createInjectorAndDoEMFRegistration() {
        // The grammar imports the metamodel by namespace URI: the package must
        // be in the registry before the injector loads the grammar.
        ServicemodelPackage.eINSTANCE.getNsURI();
        return super.createInjectorAndDoEMFRegistration();
    }
}
