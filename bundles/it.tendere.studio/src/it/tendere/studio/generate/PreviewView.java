// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.generate;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.LocationListener;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import it.tendere.identity.ElementId;
import it.tendere.studio.StudioPlugin;
import it.tendere.studio.compare.CompareWithHandler;
import it.tendere.studio.editor.TendereEditor;

/**
 * «Anteprima del documento»: the HTML document just generated, or a
 * comparison, in the system's browser engine; a comparison's links to
 * elements select them in the model's editor.
 */
public class PreviewView extends ViewPart {

    public static final String ID = "it.tendere.studio.preview";

    private Browser browser;
    private Label fallback;
    private Path shown;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new FillLayout());
        try {
            browser = new Browser(parent, SWT.NONE);
            browser.addLocationListener(LocationListener.changingAdapter(event -> {
                if (event.location != null && event.location.startsWith(CompareWithHandler.ELEMENT_LINK)) {
                    event.doit = false;
                    reveal(event.location.substring(CompareWithHandler.ELEMENT_LINK.length()));
                }
            }));
        } catch (SWTError e) {
            // No WebKitGTK on this system: say so rather than fail.
            fallback = new Label(parent, SWT.WRAP);
            fallback.setText(StudioPlugin.MESSAGES.get("preview.noBrowser", String.valueOf(e.getMessage())));
        }
    }

    /** Selects, in the active model editor, the element a comparison's link names. */
    private void reveal(String id) {
        if (getSite().getPage().getActiveEditor() instanceof TendereEditor editor && editor.lastParsed() != null
                && editor.lastParsed().model() != null) {
            EObject element = ElementId.find(editor.lastParsed().model(), id);
            if (element != null) {
                editor.select(element);
                getSite().getPage().activate(editor);
            }
        }
    }

    /** Shows an HTML file. */
    public void show(Path html) {
        shown = html;
        if (browser != null) {
            browser.setUrl(html.toUri().toString());
        } else {
            fallback.setText(StudioPlugin.MESSAGES.get("preview.noBrowser.file", html));
        }
    }

    /** The file shown, or null. */
    public Path shown() {
        return shown;
    }

    /** The browser, or null where the system has none. */
    public Browser browser() {
        return browser;
    }

    @Override
    public void setFocus() {
        if (browser != null) {
            browser.setFocus();
        }
    }
}
