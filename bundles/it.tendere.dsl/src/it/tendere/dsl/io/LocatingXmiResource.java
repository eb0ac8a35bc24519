// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.io;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An XMI resource that remembers where in the file each element starts, so
 * that the checks' findings point at a line and column as they do for text.
 */
public class LocatingXmiResource extends XMIResourceImpl {

    private final Map<EObject, int[]> startPositions = new HashMap<>();

    public LocatingXmiResource(URI uri) {
        super(uri);
    }

    /** The line and column (1-based) of the element's start tag, or {1, 1} when unknown. */
    public int[] position(EObject object) {
        for (EObject current = object; current != null; current = current.eContainer()) {
            int[] position = startPositions.get(current);
            if (position != null) {
                return position;
            }
        }
        return new int[] { 1, 1 };
    }

    @Override
    protected XMLLoad createXMLLoad() {
        return new XMILoadImpl(createXMLHelper()) {
            @Override
            protected DefaultHandler makeDefaultHandler() {
                return new LocatingHandler(resource, helper, options);
            }
        };
    }

    private final class LocatingHandler extends SAXXMIHandler {

        LocatingHandler(org.eclipse.emf.ecore.xmi.XMLResource resource, XMLHelper helper, Map<?, ?> options) {
            super(resource, helper, options);
        }

        @Override
        protected void processObject(EObject object) {
            if (object != null && locator != null) {
                startPositions.put(object, new int[] { locator.getLineNumber(), locator.getColumnNumber() });
            }
            super.processObject(object);
        }
    }
}
