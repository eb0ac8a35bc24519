// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.validation;

/**
 * The format's checks, one composed validator per paragraph of Section 2.
 */
public class TendereValidator extends AbstractTendereValidator {
}
