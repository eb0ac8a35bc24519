// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.ide.outline;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LineAndColumn;

import it.tendere.format.Titles;
import it.tendere.servicemodel.AddedValue;
import it.tendere.servicemodel.AspectPositioning;
import it.tendere.servicemodel.Competence;
import it.tendere.servicemodel.DeliveryBlock;
import it.tendere.servicemodel.DeliveryElement;
import it.tendere.servicemodel.ExternalProvider;
import it.tendere.servicemodel.Mission;
import it.tendere.servicemodel.NamedElement;
import it.tendere.servicemodel.PerimeterItem;
import it.tendere.servicemodel.Phase;
import it.tendere.servicemodel.Process;
import it.tendere.servicemodel.Reach;
import it.tendere.servicemodel.Role;
import it.tendere.servicemodel.Service;
import it.tendere.servicemodel.ServiceModel;
import it.tendere.servicemodel.ServicemodelPackage;
import it.tendere.servicemodel.TitledElement;
import it.tendere.servicemodel.Tool;
import it.tendere.servicemodel.UserSegment;
import it.tendere.servicemodel.Workload;

/**
 * The document symbols of a model for a client that takes them as a tree:
 * the format's paragraphs ({@link FormatOutline}, the studio's outline), each
 * element named by its identifier (or by what it is about), its title as the
 * detail, with a symbol kind of its own; a process holds its phases.
 */
public class TendereDocumentSymbolService extends HierarchicalDocumentSymbolService {

    @Override
    public List<DocumentSymbol> getSymbols(Document document, XtextResource resource, DocumentSymbolParams params,
            CancelIndicator cancelIndicator) {
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof ServiceModel model)) {
            return List.of();
        }
        Lines lines = new Lines(document, resource.getParseResult() == null ? null
                : resource.getParseResult().getRootNode());
        List<DocumentSymbol> symbols = new ArrayList<>();
        for (FormatOutline.Paragraph paragraph : FormatOutline.paragraphs(model)) {
            Range range = range(lines, paragraph.section());
            if (range == null) {
                continue; // a paragraph the text does not write: nothing to point at
            }
            DocumentSymbol symbol = new DocumentSymbol(paragraph.title(), SymbolKind.Namespace, range, range, "");
            symbol.setChildren(symbols(lines, paragraph.elements()));
            symbols.add(symbol);
        }
        return symbols;
    }

    private static List<DocumentSymbol> symbols(Lines lines, List<? extends EObject> elements) {
        List<DocumentSymbol> symbols = new ArrayList<>();
        for (EObject element : elements) {
            Range range = range(lines, element);
            if (range == null) {
                continue;
            }
            DocumentSymbol symbol = new DocumentSymbol(name(element), kind(element), range, selection(lines, element,
                    range), detail(element));
            List<DocumentSymbol> children = symbols(lines, FormatOutline.children(element));
            if (!children.isEmpty()) {
                symbol.setChildren(children);
            }
            symbols.add(symbol);
        }
        return symbols;
    }

    private static String name(EObject element) {
        if (element instanceof NamedElement named && named.getName() != null && !named.getName().isEmpty()) {
            return named.getName();
        }
        String about = Titles.about(element);
        if (about != null && !about.isBlank()) {
            return about;
        }
        return element instanceof Mission ? "Mission" : element instanceof Reach ? "Bacino"
                : element instanceof Workload ? "Carichi di lavoro" : element.eClass().getName();
    }

    /** The title a reader knows the element by, where it has one. */
    private static String detail(EObject element) {
        if (element instanceof TitledElement titled && Titles.has(titled)) {
            return titled.getTitle();
        } else if (element instanceof UserSegment segment && segment.getProfile() != null) {
            return segment.getProfile();
        }
        return "";
    }

    private static SymbolKind kind(EObject element) {
        if (element instanceof Process) {
            return SymbolKind.Module;
        } else if (element instanceof Phase) {
            return SymbolKind.Method;
        } else if (element instanceof Role) {
            return SymbolKind.Class;
        } else if (element instanceof Competence) {
            return SymbolKind.Property;
        } else if (element instanceof ExternalProvider) {
            return SymbolKind.Interface;
        } else if (element instanceof Tool) {
            return SymbolKind.Object;
        } else if (element instanceof Service) {
            return SymbolKind.Function;
        } else if (element instanceof UserSegment) {
            return SymbolKind.Struct;
        } else if (element instanceof AspectPositioning) {
            return SymbolKind.EnumMember;
        } else if (element instanceof PerimeterItem) {
            return SymbolKind.Field;
        } else if (element instanceof AddedValue) {
            return SymbolKind.Constant;
        } else if (element instanceof DeliveryBlock) {
            return SymbolKind.Array;
        } else if (element instanceof DeliveryElement) {
            return SymbolKind.Key;
        } else if (element instanceof Reach) {
            return SymbolKind.Number;
        } else if (element instanceof Workload) {
            return SymbolKind.Event;
        }
        return SymbolKind.String;
    }

    private static Range range(Lines lines, EObject element) {
        ICompositeNode node = element == null ? null : NodeModelUtils.findActualNodeFor(element);
        return node == null ? null : range(lines, node.getOffset(), node.getEndOffset());
    }

    private static Range range(Lines lines, int start, int end) {
        return new Range(lines.position(start), lines.position(end));
    }

    /**
     * The positions of offsets in a text, from its node model's index of
     * line breaks (a binary search; the document's own getPosition reads the
     * text from its start, which made a 5,000-line model's symbols take 0.4 s).
     */
    private record Lines(Document document, ICompositeNode root) {

        Position position(int offset) {
            if (root != null) {
                try {
                    LineAndColumn at = NodeModelUtils.getLineAndColumn(root, offset);
                    return new Position(at.getLine() - 1, at.getColumn() - 1);
                } catch (IndexOutOfBoundsException e) {
                    // a text ending with a lone carriage return: Xtext reads past it; the document counts right
                }
            }
            return document.getPosition(offset);
        }
    }

    /** Where the element's name is written, or its whole text where it has none. */
    private static Range selection(Lines lines, EObject element, Range whole) {
        if (element instanceof NamedElement) {
            List<INode> name = NodeModelUtils.findNodesForFeature(element,
                    ServicemodelPackage.Literals.NAMED_ELEMENT__NAME);
            if (!name.isEmpty()) {
                return range(lines, name.get(0).getOffset(), name.get(0).getEndOffset());
            }
        }
        return whole;
    }
}
