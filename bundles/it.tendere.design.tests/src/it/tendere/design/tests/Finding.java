// SPDX-License-Identifier: EPL-2.0
package it.tendere.design.tests;

/**
 * One thing wrong in a viewpoint specification: its kind, where it is (the
 * element's path in the .odesign) and what is wrong.
 */
public record Finding(Kind kind, String where, String message) {

    /** The kinds of mistakes the check tells apart. */
    public enum Kind {
        /** The file does not load strictly: unknown attribute, unknown type, malformed XML. */
        LOAD,
        /** A reference to nothing: a mapping, a tool, a colour, a metamodel. */
        UNRESOLVED,
        /** A constraint of Sirius's metamodels is broken (a required value missing…). */
        CONSTRAINT,
        /** A domain class, type name or enum literal the project's metamodel does not have. */
        DOMAIN_CLASS,
        /** A feature name the context's class does not have. */
        FEATURE,
        /** An expression that does not parse. */
        EXPRESSION_SYNTAX,
        /** An expression that navigates to nothing, or calls an unknown variable or service. */
        EXPRESSION_TYPE,
        /** An icon or image path to a file that is not there. */
        ICON
    }

    @Override
    public String toString() {
        return kind + " at " + where + ": " + message;
    }
}
