// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.ide;

/**
 * The bindings of the language's editor services (language server, content
 * assist, hover, semantic highlighting) beyond the generated ones.
 */
public class TendereIdeModule extends AbstractTendereIdeModule {
}
