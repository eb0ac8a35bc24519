// SPDX-License-Identifier: EPL-2.0
package it.tendere.format;

/**
 * The codes of the format's checks, shared by the validator, the document
 * (each placeholder names the check that announces it), the command line
 * and the tests. Each code is also the key of its message in
 * the DSL's {@code it/tendere/dsl/validation/messages.properties}.
 */
public final class IssueCodes {

    // Front matter
    public static final String PROVINCE_MISSING = "province-missing";
    public static final String COMUNI_TOTAL_MISSING = "comuni-total-missing";
    public static final String AREA_MISSING = "area-missing";
    public static final String DATE_MISSING = "date-missing";
    public static final String DATE_INVALID = "date-invalid";
    public static final String VERSION_MISSING = "version-missing";
    public static final String AUTHORS_MISSING = "authors-missing";
    public static final String SERVICE_TITLE_MISSING = "service-title-missing";
    public static final String TITLE_MISSING = "title-missing";
    public static final String NAME_MISSING = "name-missing";
    public static final String NEGATIVE_NUMBER = "negative-number";
    public static final String RESERVED_NAME = "reserved-name";
    public static final String DUPLICATE_NAME = "duplicate-name";
    /** A name that the language's identifiers could not write (possible only in XMI): «../x», «a"b». */
    public static final String NAME_INVALID = "name-invalid";
    /** A text with a character no document can hold: a control character, a lone surrogate. */
    public static final String TEXT_UNPRINTABLE = "text-unprintable";
    /** A text longer than a document of synthesis needs, and than the writers lay out in seconds. */
    public static final String TEXT_TOO_LONG = "text-too-long";

    // 2.1 Obiettivi e caratteristiche
    public static final String OBJECTIVES_MISSING = "objectives-missing";
    public static final String MISSION_MISSING = "mission-missing";
    public static final String MISSION_INCOMPLETE = "mission-incomplete";
    public static final String DIRECT_USERS_MISSING = "direct-users-missing";
    public static final String SEGMENT_INCOMPLETE = "segment-incomplete";
    public static final String SEGMENT_ABOVE_TOTAL = "segment-above-total";
    public static final String REACH_NOT_QUANTIFIED = "reach-not-quantified";
    public static final String REACH_ABOVE_TOTAL = "reach-above-total";
    public static final String DEMAND_NOT_QUANTIFIED = "demand-not-quantified";
    public static final String CORE_SERVICE_MISSING = "core-service-missing";
    public static final String SERVICE_TIMING_MISSING = "service-timing-missing";
    public static final String ESSENTIAL_SERVICE_MISSING = "essential-service-missing";
    public static final String ACCESSORY_SERVICES_MISSING = "accessory-services-missing";
    public static final String ACCESSORY_CATEGORY_MISSING = "accessory-category-missing";
    public static final String CORE_SERVICE_CATEGORY = "core-service-category";
    public static final String SERVICE_SEGMENTS_MISSING = "service-segments-missing";
    public static final String PERIMETER_INCLUDED_MISSING = "perimeter-included-missing";
    public static final String PERIMETER_EXCLUDED_MISSING = "perimeter-excluded-missing";
    public static final String ADDED_VALUE_MISSING = "added-value-missing";
    public static final String ADDED_VALUE_EXAMPLES_MISSING = "added-value-examples-missing";

    // 2.2 Assetto organizzativo
    public static final String ORGANISATION_MISSING = "organisation-missing";
    public static final String ORGANISATIONAL_FORM_MISSING = "organisational-form-missing";
    public static final String COORDINATION_MISSING = "coordination-missing";
    public static final String COORDINATION_AMBIGUOUS = "coordination-ambiguous";
    public static final String OPERATIONAL_ROLES_MISSING = "operational-roles-missing";
    public static final String HEADCOUNT_MISSING = "headcount-missing";
    public static final String ROLE_RESPONSIBILITIES_MISSING = "role-responsibilities-missing";
    public static final String WORKLOAD_INCOMPLETE = "workload-incomplete";
    public static final String NON_NEGOTIABLE_UNCOVERED = "non-negotiable-uncovered";
    public static final String COMPETENCE_CATEGORY_MISSING = "competence-category-missing";
    public static final String COMPETENCE_SOURCING_MISSING = "competence-sourcing-missing";
    public static final String EXTERNAL_PROVIDER_MISSING = "external-provider-missing";
    public static final String INTERNAL_WITH_PROVIDER = "internal-with-provider";
    public static final String COMUNI_RESPONSIBILITIES_MISSING = "comuni-responsibilities-missing";
    public static final String PROVINCE_RESPONSIBILITIES_MISSING = "province-responsibilities-missing";
    public static final String ASPECT_MISSING = "aspect-missing";
    public static final String ASPECT_DUPLICATE = "aspect-duplicate";
    public static final String ASPECT_CURRENT_MISSING = "aspect-current-missing";
    public static final String ASPECT_TARGET_MISSING = "aspect-target-missing";

    // 2.3 Processi e strumenti
    public static final String PROCESSES_MISSING = "processes-missing";
    public static final String PROCESS_PHASES_MISSING = "process-phases-missing";
    public static final String ESSENTIAL_PHASE_MISSING = "essential-phase-missing";
    public static final String PHASE_PERFORMER_MISSING = "phase-performer-missing";
    public static final String EXTERNAL_PARTY_MISSING = "external-party-missing";
    public static final String PARTY_NOT_EXTERNAL = "party-not-external";
    public static final String SHARED_BOUNDARY_MISSING = "shared-boundary-missing";
    public static final String TOOLS_MISSING = "tools-missing";
    public static final String TOOL_KIND_MISSING = "tool-kind-missing";
    public static final String TOOL_STATUS_MISSING = "tool-status-missing";
    public static final String TOOL_DIGITAL_MISSING = "tool-digital-missing";
    public static final String TOOL_UNUSED = "tool-unused";
    public static final String DELIVERY_BLOCK_MISSING = "delivery-block-missing";
    public static final String DELIVERY_BLOCK_DUPLICATE = "delivery-block-duplicate";
    public static final String DELIVERY_ELEMENT_MISSING = "delivery-element-missing";

    private IssueCodes() {
    }
}
