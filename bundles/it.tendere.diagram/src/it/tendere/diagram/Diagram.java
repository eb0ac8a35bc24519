// SPDX-License-Identifier: EPL-2.0
package it.tendere.diagram;

import java.util.List;

import it.tendere.format.Placeholder;

/**
 * A laid-out diagram, ready to be drawn in any format: boxes with their
 * wrapped text, connectors as polylines, and (in process maps) the lanes.
 * Coordinates are pixels at 96 dpi, origin top left. {@code id} names the
 * diagram (and its file); {@code element} is the
 * {@link it.tendere.identity.ElementId} of what it shows (the process of a
 * map, the model otherwise); {@code placeholders} are those its boxes show;
 * {@code shortened}, the beginnings of the texts its boxes show only in part
 * (longer than a box holds), to tell the user.
 */
public record Diagram(Kind kind, String id, String element, String caption, String description, double width,
        double height, List<Lane> lanes, List<Shape> shapes, List<Connector> connectors,
        List<Placeholder> placeholders, List<String> shortened) {

    /**
     * A model's name as part of a diagram's id, which names files and SVG
     * anchors: letters, digits, dash and underscore, anything else an
     * underscore (the checks refuse such names; the studio draws models
     * with errors too).
     */
    public static String idPart(String name) {
        return name == null || name.isEmpty() ? "_" : name.replaceAll("[^\\p{L}\\p{N}_-]", "_");
    }

    /** The three kinds of diagram of Section 2. */
    public enum Kind {
        /** «Assetto organizzativo». */
        ORGANISATION,
        /** «Mappa del processo», one (or more, when split) per process. */
        PROCESS,
        /** «Il modello a tendere: una rappresentazione». */
        OVERVIEW
    }

    /**
     * A box. {@code id} is unique within the diagram; {@code element} is the
     * {@link it.tendere.identity.ElementId} of the model element it stands
     * for (null for a box that stands for none).
     */
    public record Shape(String id, String element, double x, double y, double width, double height, List<Line> lines,
            Style style) {

        public double right() {
            return x + width;
        }

        public double bottom() {
            return y + height;
        }

        public double centerY() {
            return y + height / 2;
        }

        /** Whether two boxes share any area. */
        public boolean overlaps(Shape other) {
            return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
        }
    }

    /** A line of a box's text; a placeholder's lines are drawn so that they stand out, whatever they say. */
    public record Line(String text, boolean placeholder) {
        public static Line plain(String text) {
            return new Line(text, false);
        }
    }

    /** A horizontal band of a process map: who performs the phases in it. */
    public record Lane(String name, double y, double height) {
        public boolean contains(double value) {
            return value >= y && value <= y + height;
        }
    }

    /** A line between two boxes, through its bend points; {@code source} and {@code target} are the boxes' ids. */
    public record Connector(List<Point> points, boolean dashed, String source, String target) {
    }

    /** A point. */
    public record Point(double x, double y) {
    }

    /** How a box looks; the colours are the same in SVG and PNG. */
    public enum Style {
        COORDINATION("#FDE2E2", "#9C0C0C", true, false),
        ROLE("#DCEBFA", "#274C72", false, false),
        COMPETENCE_INTERNAL("#E3F5D3", "#4D8914", false, false),
        COMPETENCE_EXTERNAL("#FDEBD3", "#E08503", false, false),
        PROVIDER("#FFF6C9", "#9A7B00", false, false),
        COMUNI("#EEE6F2", "#72496E", false, false),
        MISSION("#FDE2E2", "#9C0C0C", true, false),
        SEGMENT("#EEE6F2", "#72496E", false, false),
        SEGMENT_EXTENDED("#F4F4F4", "#72496E", false, true),
        SERVICE_CORE("#FFF6C9", "#9A7B00", true, false),
        SERVICE_CORE_EVOLUTIVE("#FFF6C9", "#9A7B00", true, true),
        SERVICE_ACCESSORY("#F6EADB", "#9A6717", false, false),
        SERVICE_ACCESSORY_EVOLUTIVE("#F6EADB", "#9A6717", false, true),
        PHASE("#FFFFFF", "#274C72", false, false),
        PHASE_ESSENTIAL("#FFFFFF", "#9C0C0C", true, false),
        LANE_LABEL("#F0F0F0", "#888888", true, false);

        private final String fill;
        private final String stroke;
        private final boolean bold;
        private final boolean dashed;

        Style(String fill, String stroke, boolean bold, boolean dashed) {
            this.fill = fill;
            this.stroke = stroke;
            this.bold = bold;
            this.dashed = dashed;
        }

        public String fill() {
            return fill;
        }

        public String stroke() {
            return stroke;
        }

        /** A thicker border, for the element that matters most in the diagram. */
        public boolean bold() {
            return bold;
        }

        /** A dashed border: what is not there from the start (evolutive, extended). */
        public boolean dashed() {
            return dashed;
        }
    }
}
