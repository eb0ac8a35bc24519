// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl;

/**
 * The runtime bindings of the Tendere language beyond the generated ones.
 */
public class TendereRuntimeModule extends AbstractTendereRuntimeModule {
}
