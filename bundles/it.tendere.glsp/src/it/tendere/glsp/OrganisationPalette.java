// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import java.util.List;
import java.util.Map;

import org.eclipse.glsp.server.actions.TriggerEdgeCreationAction;
import org.eclipse.glsp.server.actions.TriggerNodeCreationAction;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;

/** The organisation's palette, in the user's language. */
final class OrganisationPalette implements ToolPaletteItemProvider {

    @Override
    public List<PaletteItem> getItems(Map<String, String> args) {
        List<PaletteItem> elements = List.of(node(GraphIds.ROLE, "1"), node(GraphIds.COMPETENCE_INTERNAL, "2"),
                node(GraphIds.COMPETENCE_EXTERNAL, "3"), node(GraphIds.PROVIDER, "4"));
        List<PaletteItem> links = List.of(link(GraphIds.NEEDS, "1"), link(GraphIds.PROVIDED_BY, "2"));
        return List.of(PaletteItem.createPaletteGroup("elementi", GlspMessages.get("palette.elements"), elements),
                PaletteItem.createPaletteGroup("collegamenti", GlspMessages.get("palette.links"), links));
    }

    private static PaletteItem node(String type, String order) {
        return new PaletteItem(type, GlspMessages.get("palette." + type), new TriggerNodeCreationAction(type), null,
                order);
    }

    private static PaletteItem link(String type, String order) {
        return new PaletteItem(type, GlspMessages.get("palette." + type), new TriggerEdgeCreationAction(type), null,
                order);
    }
}
