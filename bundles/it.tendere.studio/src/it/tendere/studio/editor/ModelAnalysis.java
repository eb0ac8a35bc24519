// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.editor;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

import it.tendere.dsl.io.LoadedModel;
import it.tendere.dsl.io.ModelChecker;
import it.tendere.dsl.io.ModelLoader;
import it.tendere.servicemodel.ServiceModel;
import it.tendere.studio.StudioPlugin;

/**
 * A model's text, parsed and checked by the same services as {@code tendere
 * validate}: the model, and what the format's checks say of it.
 */
public record ModelAnalysis(String text, LoadedModel loaded, List<Issue> issues) {

    /** Parses and checks a text; {@code file} names it in links and messages. */
    public static ModelAnalysis of(String text, Path file) {
        LoadedModel loaded = StudioPlugin.service(ModelLoader.class).parse(text, file);
        return new ModelAnalysis(text, loaded, StudioPlugin.service(ModelChecker.class).check(loaded));
    }

    /** Only parses a text, for the services that work on the syntax (content assist, hover, format). */
    public static XtextResource parse(String text, Path file) {
        return (XtextResource) StudioPlugin.service(ModelLoader.class).parse(text, file).resource();
    }

    /** The parsed resource. */
    public XtextResource resource() {
        return (XtextResource) loaded.resource();
    }

    /** The model, or null where nothing parsed. */
    public ServiceModel model() {
        return loaded.model();
    }

    /** Whether the text parses: the model is then the whole of what was written. */
    public boolean parses() {
        return loaded.resource().getErrors().isEmpty() && model() != null;
    }

    /** The errors: a model with any cannot be generated. */
    public List<Issue> errors() {
        return issues.stream().filter(issue -> issue.getSeverity() == Severity.ERROR).toList();
    }
}
