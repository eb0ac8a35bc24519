// SPDX-License-Identifier: EPL-2.0
package it.tendere.compare.html;

import java.io.StringWriter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A page of the comparisons: its head (language, encoding, phone-wide
 * viewport, title, style) written once, its body by the caller, every text
 * escaped by the XML writer.
 */
public final class HtmlPage {

    /** What writes the page's body. */
    public interface Body {
        void write(XMLStreamWriter html) throws XMLStreamException;
    }

    private HtmlPage() {
    }

    public static String write(String language, String title, String css, Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter html = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            out.write("<!DOCTYPE html>\n");
            html.writeStartElement("html");
            html.writeAttribute("lang", language);
            html.writeStartElement("head");
            html.writeEmptyElement("meta");
            html.writeAttribute("charset", "utf-8");
            html.writeEmptyElement("meta");
            html.writeAttribute("name", "viewport");
            html.writeAttribute("content", "width=device-width, initial-scale=1");
            text(html, "title", title);
            text(html, "style", css);
            html.writeEndElement();
            html.writeStartElement("body");
            text(html, "h1", title);
            body.write(html);
            html.writeEndElement();
            html.writeEndElement();
            html.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the page", e);
        }
        return out.toString();
    }

    /** An element holding just a text. */
    public static void text(XMLStreamWriter html, String name, String text) throws XMLStreamException {
        html.writeStartElement(name);
        html.writeCharacters(text);
        html.writeEndElement();
    }
}
