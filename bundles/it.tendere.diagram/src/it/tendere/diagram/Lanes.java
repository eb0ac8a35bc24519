// SPDX-License-Identifier: EPL-2.0
package it.tendere.diagram;

/**
 * The geometry of the lane headers, shared by the layout and the renderers.
 */
final class Lanes {

    /** The width available to a lane's name. */
    static final double HEADER_TEXT = 84;

    private Lanes() {
    }
}
