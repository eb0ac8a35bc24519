// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import java.util.List;
import java.util.Map;

import org.eclipse.glsp.server.actions.TriggerNodeCreationAction;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;

/** A process map's palette, in the user's language: a phase (in the lane it is put in), a new tool, a new process. */
final class ProcessPalette implements ToolPaletteItemProvider {

    @Override
    public List<PaletteItem> getItems(Map<String, String> args) {
        List<PaletteItem> elements = List.of(node(GraphIds.PHASE, "1"), node(GraphIds.NEW_TOOL, "2"),
                node(GraphIds.NEW_PROCESS, "3"));
        return List.of(PaletteItem.createPaletteGroup("elementi", GlspMessages.get("palette.elements"), elements));
    }

    private static PaletteItem node(String type, String order) {
        return new PaletteItem(type, GlspMessages.get("palette." + type), new TriggerNodeCreationAction(type), null,
                order);
    }
}
