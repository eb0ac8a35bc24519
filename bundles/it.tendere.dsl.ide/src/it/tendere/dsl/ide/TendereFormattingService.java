// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.ide;

import java.util.List;

import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.preferences.ITypedPreferenceValues;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;

/**
 * The language server's formatting without the replacements that change
 * nothing: the formatter answers a region with the very text it holds (a
 * tab for a tab), which an editor still applies as edits — a formatted file
 * would be marked changed. Only what differs is sent.
 */
public class TendereFormattingService extends FormattingService {

    @Override
    protected List<ITextReplacement> format2(XtextResource resource, ITextRegion region,
            ITypedPreferenceValues preferences) {
        String text = resource.getParseResult() == null ? null : resource.getParseResult().getRootNode().getText();
        List<ITextReplacement> replacements = super.format2(resource, region, preferences);
        if (text == null) {
            return replacements;
        }
        return replacements.stream().filter(replacement -> replacement.getEndOffset() > text.length()
                || !text.substring(replacement.getOffset(), replacement.getEndOffset())
                        .equals(replacement.getReplacementText()))
                .toList();
    }
}
