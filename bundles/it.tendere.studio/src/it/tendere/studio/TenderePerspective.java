// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import it.tendere.studio.diagram.DiagramView;
import it.tendere.studio.generate.PreviewView;
import it.tendere.studio.models.ModelsView;

/**
 * «Tendere»: the models and the outline on the left, the editor in the
 * middle, the diagrams and the document's preview on the right, the problems
 * below.
 */
public class TenderePerspective implements IPerspectiveFactory {

    public static final String ID = "it.tendere.studio.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.18f, editors);
        left.addView(ModelsView.ID);
        IFolderLayout outline = layout.createFolder("outline", IPageLayout.BOTTOM, 0.45f, "left");
        outline.addView(IPageLayout.ID_OUTLINE);
        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.5f, editors);
        right.addView(DiagramView.ID);
        right.addPlaceholder(PreviewView.ID);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.72f, editors);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        layout.getViewLayout(ModelsView.ID).setCloseable(false);
    }
}
