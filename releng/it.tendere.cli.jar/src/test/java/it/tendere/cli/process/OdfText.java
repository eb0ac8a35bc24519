// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli.process;

import org.w3c.dom.Node;

/** The text an ODT's element holds, all of it (the ODF Toolkit's getTextContent leaves some elements' out). */
final class OdfText {

    private OdfText() {
    }

    static String of(Node node) {
        if (node.getNodeType() == Node.TEXT_NODE) {
            return node.getNodeValue();
        }
        StringBuilder text = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            text.append(of(child));
        }
        return text.toString();
    }
}
