// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.STRINGValueConverter;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;

/**
 * The terminals' converters, with strings written the way Italian text reads.
 */
public class TendereValueConverters extends DefaultTerminalConverters {

    @Inject
    private ItalianStringConverter stringConverter;

    @Override
    @ValueConverter(rule = "STRING")
    public IValueConverter<String> STRING() {
        return stringConverter;
    }

    /**
     * A declared name: read and written as an identifier ({@code ^} before a
     * reserved word). A wrapper, not the ID converter itself, because the
     * service would otherwise bind that one instance to this rule instead of
     * to ID.
     */
    @ValueConverter(rule = "ValidID")
    public IValueConverter<String> ValidID() {
        IValueConverter<String> id = ID();
        return new IValueConverter<>() {
            @Override
            public String toValue(String string, INode node) throws ValueConverterException {
                return id.toValue(string, node);
            }

            @Override
            public String toString(String value) throws ValueConverterException {
                return id.toString(value);
            }
        };
    }

    /**
     * Escapes only what must be: the double quote, the backslash and control
     * characters. Xtext's default also escapes every apostrophe, which would
     * turn «l'ente» into «l\'ente» each time a model is written.
     */
    public static class ItalianStringConverter extends STRINGValueConverter {

        @Override
        protected String toEscapedString(String value) {
            StringBuilder escaped = new StringBuilder(value.length() + 2).append('"');
            for (char c : value.toCharArray()) {
                switch (c) {
                    case '"' -> escaped.append("\\\"");
                    case '\\' -> escaped.append("\\\\");
                    case '\n' -> escaped.append("\\n");
                    case '\r' -> escaped.append("\\r");
                    case '\t' -> escaped.append("\\t");
                    default -> escaped.append(c);
                }
            }
            return escaped.append('"').toString();
        }
    }
}
