// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The format's checks («suggerimenti metodologici»), one composed validator
 * per part of Section 2.
 */
@ComposedChecks(validators = { DocumentChecks.class, NamesChecks.class, ObjectivesChecks.class, OrganisationChecks.class,
        ProcessesChecks.class })
public class TendereValidator extends AbstractTendereValidator {
}
