// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Collection;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.xml.sax.SAXParseException;

import com.google.inject.Inject;
import com.google.inject.Provider;

import it.tendere.dsl.i18n.Messages;
import it.tendere.format.Printable;
import it.tendere.servicemodel.ServiceModel;

/**
 * Reads a model file, text or XMI, refusing what must not be read: a missing
 * file, bytes that are not UTF-8, XML that is not well-formed or that
 * declares a DOCTYPE (so no external entity is ever resolved).
 */
public class ModelLoader {

    static final Messages MESSAGES = new Messages("it.tendere.dsl.io.messages", ModelLoader.class);

    private static final Map<String, Boolean> SAFE_PARSER_FEATURES = Map.of(
            "http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE,
            "http://xml.org/sax/features/external-general-entities", Boolean.FALSE,
            "http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE,
            "http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);

    @Inject
    private Provider<XtextResourceSet> resourceSets;

    /** Reads a file whose extension says its form. */
    public LoadedModel load(Path file) throws ModelFileException {
        ModelFormat format = ModelFormat.of(file)
                .orElseThrow(() -> new ModelFileException(file, MESSAGES.get("file.extension")));
        byte[] bytes = withoutByteOrderMark(read(file));
        requireUtf8(file, bytes);
        return format == ModelFormat.TEXT ? loadText(file, bytes) : loadXmi(file, bytes);
    }

    /** Parses DSL text that is not (yet) in a file. */
    public LoadedModel parse(String text, Path file) {
        try {
            return loadText(file, text.getBytes(StandardCharsets.UTF_8));
        } catch (ModelFileException e) {
            throw new IllegalStateException(e);
        }
    }

    /** UTF-8 needs no byte order mark, but some editors write one: it is skipped, not read as text. */
    private static byte[] withoutByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                ? Arrays.copyOfRange(bytes, 3, bytes.length)
                : bytes;
    }

    private static byte[] read(Path file) throws ModelFileException {
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw new ModelFileException(file, MESSAGES.get("file.notRegular"));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ModelFileException(file, MESSAGES.get("file.missing"), e);
        } catch (IOException e) {
            throw new ModelFileException(file, MESSAGES.get("file.unreadable", String.valueOf(e.getMessage())), e);
        }
    }

    private static void requireUtf8(Path file, byte[] bytes) throws ModelFileException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length + 1), true);
        if (!result.isError()) {
            return;
        }
        int line = 1;
        int column = 1;
        for (int i = 0; i < in.position(); i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        throw new ModelFileException(file, MESSAGES.get("file.notUtf8", line, column));
    }

    /**
     * A resource set that reads nothing by itself: the model's bytes are
     * handed to its resource, and a model is one file, so any other file or
     * URL it would open (a reference into another document) is refused.
     */
    private XtextResourceSet resourceSet() {
        XtextResourceSet resourceSet = resourceSets.get();
        resourceSet.setURIConverter(new ExtensibleURIConverterImpl() {
            @Override
            public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
                throw new IOException(MESSAGES.get("xmi.otherDocument", uri));
            }
        });
        return resourceSet;
    }

    private LoadedModel loadText(Path file, byte[] bytes) throws ModelFileException {
        XtextResourceSet resourceSet = resourceSet();
        Resource resource = resourceSet.createResource(uri(file));
        try {
            resource.load(new ByteArrayInputStream(bytes), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
        } catch (IOException e) {
            throw new ModelFileException(file, MESSAGES.get("file.unreadable", String.valueOf(e.getMessage())), e);
        }
        EcoreUtil.resolveAll(resource);
        return new LoadedModel(file, ModelFormat.TEXT, resource);
    }

    private LoadedModel loadXmi(Path file, byte[] bytes) throws ModelFileException {
        XtextResourceSet resourceSet = resourceSet();
        LocatingXmiResource resource = new LocatingXmiResource(uri(file));
        resourceSet.getResources().add(resource);
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_PARSER_FEATURES, SAFE_PARSER_FEATURES);
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        try {
            resource.load(new ByteArrayInputStream(bytes), options);
        } catch (RuntimeException e) {
            // EMF throws as it resolves what it reads: a reference to a feature the metamodel
            // does not have («//@objectives/@segme.0», found by fuzzing) is one
            throw notTheMetamodel(file, e);
        } catch (IOException e) {
            // EMF also throws for references to nothing, once it has read the
            // whole file: those are left to the checks.
            if (resource.getErrors().isEmpty() || resource.getContents().isEmpty() || !resource.getErrors().stream()
                    .allMatch(UnresolvedReferenceException.class::isInstance)) {
                throw xmlProblem(file, e);
            }
        }
        // A reference to nothing is the model's problem, reported by the checks;
        // anything else means the file does not fit the metamodel at all.
        Resource.Diagnostic first = resource.getErrors().stream()
                .filter(error -> !(error instanceof UnresolvedReferenceException)).findFirst().orElse(null);
        if (first != null) {
            throw new ModelFileException(file, MESSAGES.get("xmi.invalid",
                    first.getLine() + ":" + first.getColumn() + ": " + first.getMessage()));
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof ServiceModel)) {
            throw new ModelFileException(file, MESSAGES.get("xmi.empty"));
        }
        refuseForeignReferences(file, resource);
        try {
            EcoreUtil.resolveAll(resource);
        } catch (RuntimeException e) {
            throw notTheMetamodel(file, e);
        }
        return new LoadedModel(file, ModelFormat.XMI, resource);
    }

    /**
     * A reference in XMI may name any document (href="file:…#…", "http:…");
     * before anything is resolved, each must point into this file.
     */
    private static void refuseForeignReferences(Path file, LocatingXmiResource resource) throws ModelFileException {
        // EMF's own search for the proxies among the cross references, which resolves none of them
        for (Map.Entry<EObject, Collection<EStructuralFeature.Setting>> proxy : EcoreUtil.ProxyCrossReferencer
                .find(resource).entrySet()) {
            URI uri = ((InternalEObject) proxy.getKey()).eProxyURI();
            if (uri.trimFragment().isEmpty() || uri.trimFragment().equals(resource.getURI())) {
                continue; // into this file: one that leads nowhere is the checks' error
            }
            EObject referrer = proxy.getValue().iterator().next().getEObject();
            throw new ModelFileException(file, MESSAGES.get("xmi.at", resource.position(referrer)[0],
                    MESSAGES.get("xmi.otherDocument", Printable.of(uri.toString(), 120))));
        }
    }

    /** EMF's own exceptions while it reads or resolves, as the file's problem. */
    private static ModelFileException notTheMetamodel(Path file, RuntimeException e) {
        return new ModelFileException(file, MESSAGES.get("xmi.invalid", Printable.of(String.valueOf(e.getMessage()), 200)), e);
    }

    private static ModelFileException xmlProblem(Path file, IOException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SAXParseException parse) {
                if (String.valueOf(parse.getMessage()).contains("DOCTYPE")) {
                    return new ModelFileException(file, MESSAGES.get("xmi.doctype"), exception);
                }
                return new ModelFileException(file, parse.getLineNumber() < 1
                        ? MESSAGES.get("xmi.malformed.nowhere", parse.getMessage())
                        : MESSAGES.get("xmi.malformed", parse.getLineNumber(), parse.getColumnNumber(), parse.getMessage()),
                        exception);
            }
            if (cause instanceof XMIException xmi) {
                return new ModelFileException(file, MESSAGES.get("xmi.invalid",
                        xmi.getLine() + ":" + xmi.getColumn() + ": " + xmi.getMessage()), exception);
            }
        }
        return new ModelFileException(file, MESSAGES.get("file.unreadable", String.valueOf(exception.getMessage())),
                exception);
    }

    private static URI uri(Path file) {
        return URI.createFileURI(file.toAbsolutePath().normalize().toString());
    }
}
