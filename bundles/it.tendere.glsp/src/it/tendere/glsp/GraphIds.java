// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

/**
 * The ids and types of the graph the client draws. A box's id is its model
 * element's {@link it.tendere.identity.ElementId}, so that a selection, a
 * marker or a gesture names the element itself; where an element is drawn
 * again (a later part of a split diagram) its id gets {@code #} and the
 * part. A link's id is {@code source->target}.
 */
public final class GraphIds {

    /** The diagram type of the organisation. */
    public static final String ORGANISATION = "tendere-organizzazione";

    /** The diagram type of a process map; the process is the request's {@link #PROCESS_OPTION}. */
    public static final String PROCESS = "tendere-processo";

    /** The diagram type of the overview, which is read only. */
    public static final String OVERVIEW = "tendere-panoramica";

    /** The option of a model request that names the process to draw (its element id). */
    public static final String PROCESS_OPTION = "processo";

    /** Between a link's source and target in its id. */
    public static final String LINK = "->";

    /** The suffix of a box's title label: the label edited in place. */
    public static final String TITLE = "#titolo";

    public static final String ROLE = "node:ruolo";
    public static final String COORDINATION = "node:coordinamento";
    public static final String COMPETENCE_INTERNAL = "node:competenza-interna";
    public static final String COMPETENCE_EXTERNAL = "node:competenza-esterna";
    public static final String PROVIDER = "node:soggetto";
    public static final String COMUNI = "node:comuni";
    public static final String PHASE = "node:fase";
    /** A process map's band of one performer; its id is {@code corsia:} the performer's keyword {@code #} the part. */
    public static final String LANE = "node:corsia";
    /** A box of the overview. */
    public static final String OVERVIEW_BOX = "node:riquadro";
    /** Only in the palette: a new process. */
    public static final String NEW_PROCESS = "node:processo";
    /** Only in the palette: a new tool, for the phase it is dropped on. */
    public static final String NEW_TOOL = "node:strumento";
    public static final String LABEL = "label";
    public static final String LABEL_PLACEHOLDER = "label:da-completare";

    /** A role needs a competence. */
    public static final String NEEDS = "edge:richiede";
    /** A competence is provided by an external provider. */
    public static final String PROVIDED_BY = "edge:fornita-da";
    /** A phase follows another. */
    public static final String SEQUENCE = "edge:sequenza";
    /** Any other line of the diagram (coordination to roles, to the Comuni). */
    public static final String LINE = "edge:linea";

    private GraphIds() {
    }

    static String link(String source, String target) {
        return source + LINK + target;
    }
}
