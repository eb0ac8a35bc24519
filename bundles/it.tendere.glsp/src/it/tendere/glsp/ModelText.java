// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.ide.serializer.IEmfResourceChange;
import org.eclipse.xtext.ide.serializer.ITextDocumentChange;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Injector;
import com.google.inject.Provider;

import it.tendere.dsl.io.LoadedModel;
import it.tendere.dsl.io.ModelFileException;
import it.tendere.dsl.io.ModelLoader;
import it.tendere.identity.ElementId;
import it.tendere.servicemodel.ServiceModel;

/**
 * A model's text as the diagram holds it: the source's text, the model
 * parsed from it, and the way a gesture reaches the text — the model changed
 * in memory, Xtext's change serializer turning that into text, reduced to
 * the one smallest edit, made to the source (the file, or an editor's
 * document), the model parsed again from the new text. The text stays the
 * truth: nothing is kept of the changed model but the text it serialises to.
 * A text that no longer parses (the user is typing) leaves the last model
 * that did drawn, and frozen: no gesture until the text parses again.
 */
public final class ModelText {

    /** A replacement in the text: {@code length} characters at {@code offset} become {@code text}. */
    public record Edit(int offset, int length, String text) {

        /** The text with this edit applied. */
        public String applyTo(String original) {
            return original.substring(0, offset) + text + original.substring(offset + length);
        }

        /** The edit that takes the result of this one back to {@code original}. */
        public Edit inverse(String original) {
            return new Edit(offset, text.length(), original.substring(offset, offset + length));
        }
    }

    private final ModelSource source;
    private final Path file;
    private final ModelLoader loader;
    private final Provider<IChangeSerializer> serializers;
    private String text;
    private LoadedModel loaded;
    /** Why the text shown is not the source's (its first syntax error), or null. */
    private String frozen;
    /** The last result {@link #finish} parsed, which {@link #apply} then writes: not parsed twice. */
    private String finishedText;
    private LoadedModel finished;

    ModelText(ModelSource source, Injector language) throws ModelFileException {
        this.source = source;
        this.file = source.file();
        this.loader = language.getInstance(ModelLoader.class);
        this.serializers = language.getProvider(IChangeSerializer.class);
        reload();
    }

    /**
     * Reads the source's text again (to start, or after it changed). Where
     * the new text does not parse and a text before it did, the model of
     * that one stays, frozen, with the reason.
     */
    void reload() throws ModelFileException {
        LoadedModel next = source.load(loader);
        String nextText = next.resource() instanceof XtextResource resource && resource.getParseResult() != null
                ? resource.getParseResult().getRootNode().getText()
                : source.text();
        String broken = syntaxError(next);
        text = nextText;
        if (broken != null && loaded != null && syntaxError(loaded) == null && loaded.model() != null) {
            frozen = broken;
            return;
        }
        loaded = next;
        frozen = null;
    }

    /** The first syntax error of a parse, with its line, or null where it has none. */
    private static String syntaxError(LoadedModel parsed) {
        if (parsed.model() == null && parsed.resource().getErrors().isEmpty()) {
            return "";
        }
        if (parsed.resource() instanceof XtextResource resource && resource.getParseResult() != null
                && !resource.getParseResult().hasSyntaxErrors()) {
            return null;
        }
        return parsed.resource().getErrors().stream().findFirst()
                .map(error -> GlspMessages.get("text.line", error.getLine(), error.getMessage())).orElse("");
    }

    /** Why the diagram shows an earlier text than the source's (the first syntax error of the source's), or null. */
    public String frozen() {
        return frozen;
    }

    ModelSource source() {
        return source;
    }

    public String text() {
        return text;
    }

    public LoadedModel loaded() {
        return loaded;
    }

    /** The model, or null where the text does not parse into one. */
    public ServiceModel model() {
        return loaded.model();
    }

    /** Whether the source still holds the text this editor last read or wrote. */
    boolean unchanged() {
        try {
            return text.equals(source.text());
        } catch (ModelFileException e) {
            return false;
        }
    }

    /** The model parsed from a text that is not (yet) the file's. */
    public ServiceModel parse(String base) {
        return loader.parse(base, file).model();
    }

    /**
     * The text {@code base} says after {@code change} is made to the model it
     * parses to, as Xtext's change serializer writes it: only the regions of
     * what changed are written again, the rest stays as the user wrote it.
     */
    public String changed(String base, Consumer<ServiceModel> change) {
        LoadedModel fresh = loader.parse(base, file);
        XtextResource resource = (XtextResource) fresh.resource();
        IChangeSerializer serializer = serializers.get();
        // No gesture renames an element (a rename in place changes its title), so no reference needs
        // updating; and Xtext's reference updater fails on a reference removed from a list
        // (eclipse-xtext/xtext#2511: IndexOutOfBoundsException in ReferenceUpdater), as deleting does.
        serializer.setUpdateCrossReferences(false);
        serializer.setUpdateRelatedFiles(false);
        serializer.addModification(resource, r -> change.accept(fresh.model()));
        List<IEmfResourceChange> changes = new ArrayList<>();
        serializer.applyModifications(changes::add);
        String changed = base;
        for (IEmfResourceChange each : changes) {
            if (each instanceof ITextDocumentChange document) {
                List<org.eclipse.xtext.formatting2.regionaccess.ITextReplacement> replacements = new ArrayList<>(
                        document.getReplacements());
                replacements.sort((a, b) -> Integer.compare(b.getOffset(), a.getOffset()));
                StringBuilder result = new StringBuilder(changed);
                for (var replacement : replacements) {
                    result.replace(replacement.getOffset(), replacement.getEndOffset(),
                            replacement.getReplacementText());
                }
                changed = result.toString();
            }
        }
        return changed;
    }

    /**
     * The text {@code base} without the optional words of one feature of an
     * element ({@code fornitore X}, {@code soggetto X}, {@code non
     * negoziabile}): the line they stand on, where they stand alone on it,
     * else the words and the blanks after them. A reference's keyword is the
     * word before it. Xtext's change serializer leaves such groups
     * half-written (the keyword without its value; «non» taken, «negoziabile»
     * left), so these are taken away from the parsed text's nodes instead.
     */
    public String removed(String base, String elementId, EStructuralFeature feature) {
        LoadedModel fresh = loader.parse(base, file);
        EObject element = ElementId.find(fresh.model(), elementId);
        if (element == null || !element.eIsSet(feature)) {
            return base;
        }
        List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
        if (nodes.isEmpty()) {
            return base;
        }
        int start = nodes.get(0).getOffset();
        int end = nodes.get(nodes.size() - 1).getEndOffset();
        INode before = nodes.get(0).getPreviousSibling();
        while (before instanceof ILeafNode leaf && leaf.isHidden()) {
            before = before.getPreviousSibling();
        }
        if (feature instanceof EReference && before != null && before.getGrammarElement() instanceof Keyword) {
            start = before.getOffset();
        }
        int lineStart = base.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = base.indexOf('\n', end);
        String after = base.substring(end, lineEnd < 0 ? base.length() : lineEnd).strip();
        // the words of the group after the feature's own («negoziabile» after «non»)
        boolean rest = after.isEmpty() || feature.getEType() == EcorePackage.Literals.EBOOLEAN
                && after.matches("\\p{L}+");
        if (base.substring(lineStart, start).isBlank() && rest) {
            return base.substring(0, lineStart) + base.substring(lineEnd < 0 ? base.length() : lineEnd + 1);
        }
        int blanks = end;
        while (blanks < base.length() && (base.charAt(blanks) == ' ' || base.charAt(blanks) == '\t')) {
            blanks++;
        }
        return base.substring(0, start) + base.substring(blanks);
    }

    /**
     * The text {@code base} with the value of one feature of an element
     * written anew as {@code value}, in the place the user wrote it. Xtext's
     * change serializer fails on an enumeration's value changed in place
     * (it hands the literal to the value converter of a rule that takes
     * strings: ClassCastException), so such a value is changed here.
     */
    public String replaced(String base, String elementId, EStructuralFeature feature, String value) {
        LoadedModel fresh = loader.parse(base, file);
        EObject element = ElementId.find(fresh.model(), elementId);
        List<INode> nodes = element == null ? List.of() : NodeModelUtils.findNodesForFeature(element, feature);
        if (nodes.isEmpty()) {
            return base;
        }
        INode node = nodes.get(0);
        return base.substring(0, node.getOffset()) + value + base.substring(node.getEndOffset());
    }

    /**
     * The text {@code base} without every single reference to the elements
     * of {@code ids} (a phase's «soggetto», a competence's «fornitore»), by
     * their lines: done before the elements are deleted, which the serializer
     * then does (a reference in a list it takes away well).
     */
    public String withoutReferencesTo(String base, Collection<String> ids) {
        ServiceModel model = parse(base);
        List<EObject> targets = ids.stream().map(id -> ElementId.find(model, id)).filter(e -> e != null).toList();
        String result = base;
        for (Collection<EStructuralFeature.Setting> settings : EcoreUtil.UsageCrossReferencer.findAll(targets, model)
                .values()) {
            for (EStructuralFeature.Setting use : settings) {
                if (!use.getEStructuralFeature().isMany() && use.getEStructuralFeature() instanceof EReference reference
                        && !reference.isContainment()) {
                    // an element's id and a feature are the same in every parse of the text
                    result = removed(result, ElementId.of(use.getEObject()), reference);
                }
            }
        }
        return result;
    }

    /**
     * The one smallest edit from the file's text to {@code result}, or null
     * where they are the same.
     *
     * @throws IllegalStateException where {@code result} does not parse: a
     *                               gesture never writes a text the user
     *                               could not open again
     */
    public Edit finish(String result) {
        LoadedModel parsed = loader.parse(result, file);
        if (!parsed.resource().getErrors().isEmpty() || parsed.model() == null) {
            throw new IllegalStateException(GlspMessages.get("edit.invalid", parsed.resource().getErrors().isEmpty()
                    ? "" : parsed.resource().getErrors().get(0).getMessage()));
        }
        finishedText = result;
        finished = parsed;
        return smallest(text, result);
    }

    /** The one replacement that turns {@code before} into {@code after}: what they share at both ends kept. */
    static Edit smallest(String before, String after) {
        if (before.equals(after)) {
            return null;
        }
        int start = 0;
        int limit = Math.min(before.length(), after.length());
        while (start < limit && before.charAt(start) == after.charAt(start)) {
            start++;
        }
        int end = 0;
        while (end < limit - start
                && before.charAt(before.length() - 1 - end) == after.charAt(after.length() - 1 - end)) {
            end++;
        }
        // never split a surrogate pair or a CR LF
        while (start > 0 && start < before.length() && (Character.isLowSurrogate(before.charAt(start))
                || before.charAt(start) == '\n' && before.charAt(start - 1) == '\r')) {
            start--;
        }
        while (end > 0 && (Character.isLowSurrogate(before.charAt(before.length() - end))
                || before.charAt(before.length() - end) == '\n' && before.length() - end > start
                        && before.charAt(before.length() - end - 1) == '\r')) {
            end--;
        }
        return new Edit(start, before.length() - end - start, after.substring(start, after.length() - end));
    }

    /**
     * Makes {@code edit} to the source's text and parses the result; answers
     * the edit that undoes it.
     *
     * @throws ModelFileException where the source's text changed since it was
     *                            read (nothing is written), or cannot be written
     */
    public Edit apply(Edit edit) throws ModelFileException {
        String before = text;
        String after = edit.applyTo(before);
        source.replace(before, edit);
        text = after;
        loaded = after.equals(finishedText) ? finished : loader.parse(after, file);
        frozen = null;
        finishedText = null;
        finished = null;
        return edit.inverse(before);
    }
}
