// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Inject;
import com.google.inject.Provider;

import it.tendere.servicemodel.ServiceModel;

/**
 * Writes a service model in either form: DSL text through the language's
 * serializer and formatter, or XMI. The model itself is left untouched.
 */
public class ModelWriter {

    @Inject
    private Provider<XtextResourceSet> resourceSets;

    /** The model as formatted DSL text. */
    public String toText(ServiceModel model) {
        Resource resource = resourceSets.get().createResource(URI.createURI("memory:/model.tendere"));
        resource.getContents().add(EcoreUtil.copy(model));
        return new String(save(resource, SaveOptions.newBuilder().format().getOptions().toOptionsMap()),
                StandardCharsets.UTF_8);
    }

    /** The model as UTF-8 XMI. */
    public byte[] toXmi(ServiceModel model) {
        Resource resource = new XMIResourceImpl(URI.createURI("memory:/model.servicemodel"));
        resource.getContents().add(EcoreUtil.copy(model));
        return save(resource, Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 100));
    }

    private static byte[] save(Resource resource, Map<?, ?> options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            resource.save(out, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
