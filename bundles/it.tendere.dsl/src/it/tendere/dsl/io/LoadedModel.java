// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.io;

import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;

import it.tendere.servicemodel.ServiceModel;

/**
 * A model file as read: its resource (text or XMI) and, when it holds one, its service model.
 */
public record LoadedModel(Path path, ModelFormat format, Resource resource) {

    /** The service model, or null where the text is too broken to hold one. */
    public ServiceModel model() {
        return resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof ServiceModel model)
                ? null
                : model;
    }
}
