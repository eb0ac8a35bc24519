// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.validation;

import static it.tendere.servicemodel.ServicemodelPackage.Literals.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.validation.Check;

import it.tendere.format.IssueCodes;
import it.tendere.format.Sezione2;
import it.tendere.format.Titles;
import it.tendere.servicemodel.AspectPositioning;
import it.tendere.servicemodel.Competence;
import it.tendere.servicemodel.CompetenceCategory;
import it.tendere.servicemodel.Organisation;
import it.tendere.servicemodel.OrganisationalAspect;
import it.tendere.servicemodel.Role;
import it.tendere.servicemodel.Sourcing;
import it.tendere.servicemodel.Workload;

/**
 * The guidance of 2.2 «Assetto organizzativo»: one clear point of
 * responsibility and a minimal set of operational roles, the workloads
 * handled, the non-negotiable competences named, the split between Comuni
 * and Province explicit, and the Base/Avanzato positioning complete.
 */
public class OrganisationChecks extends SectionChecks {

    private static final String PARAGRAPH = Sezione2.PARAGRAPH_2_2;
    private static final String POSITIONING = Sezione2.PARAGRAPH_2_2 + " – " + Sezione2.BASE_VS_AVANZATO;

    @Check
    public void checkForm(Organisation organisation) {
        if (!organisation.isSetForm()) {
            warning(IssueCodes.ORGANISATIONAL_FORM_MISSING, PARAGRAPH, organisation, ORGANISATION__FORM);
        }
    }

    @Check
    public void checkRoles(Organisation organisation) {
        List<Role> coordination = organisation.getRoles().stream().filter(Role::isCoordination).toList();
        if (coordination.isEmpty()) {
            warning(IssueCodes.COORDINATION_MISSING, PARAGRAPH, organisation, ORGANISATION__ROLES);
        } else if (coordination.size() > 1) {
            String names = String.join(", ", coordination.stream().map(Role::getName).toList());
            for (Role role : coordination) {
                error(IssueCodes.COORDINATION_AMBIGUOUS, PARAGRAPH, role, ROLE__COORDINATION, names);
            }
        }
        if (organisation.getRoles().size() == coordination.size()) {
            warning(IssueCodes.OPERATIONAL_ROLES_MISSING, PARAGRAPH, organisation, ORGANISATION__ROLES);
        }
    }

    @Check
    public void checkRole(Role role) {
        if (!role.isSetHeadcount() || role.getHeadcount() == 0) {
            warning(IssueCodes.HEADCOUNT_MISSING, PARAGRAPH, role, ROLE__HEADCOUNT, Titles.of(role));
        }
        if (role.getResponsibilities().stream().allMatch(SectionChecks::isBlank)) {
            warning(IssueCodes.ROLE_RESPONSIBILITIES_MISSING, PARAGRAPH, role, ROLE__RESPONSIBILITIES, Titles.of(role));
        }
    }

    @Check
    public void checkWorkload(Organisation organisation) {
        Workload workload = organisation.getWorkload();
        List<String> missing = new ArrayList<>();
        if (workload == null || isBlank(workload.getPriorities())) {
            missing.add(text("part.priorities"));
        }
        if (workload == null || isBlank(workload.getProgramming())) {
            missing.add(text("part.programming"));
        }
        if (workload == null || isBlank(workload.getIntakeCriteria())) {
            missing.add(text("part.intake"));
        }
        if (!missing.isEmpty()) {
            warning(IssueCodes.WORKLOAD_INCOMPLETE, PARAGRAPH, workload == null ? organisation : workload,
                    workload == null ? ORGANISATION__WORKLOAD : null, String.join(", ", missing));
        }
    }

    @Check
    public void checkNonNegotiableCompetences(Organisation organisation) {
        for (CompetenceCategory category : Sezione2.NON_NEGOTIABLE_CATEGORIES) {
            boolean covered = organisation.getCompetences().stream()
                    .anyMatch(c -> c.isNonNegotiable() && c.isSetCategory() && c.getCategory() == category);
            if (!covered) {
                warningWithData(IssueCodes.NON_NEGOTIABLE_UNCOVERED, PARAGRAPH, organisation,
                        ORGANISATION__COMPETENCES, new String[] { category.getLiteral() },
                        text("category." + category.getName()));
            }
        }
    }

    @Check
    public void checkCompetence(Competence competence) {
        String name = Titles.of(competence);
        if (!competence.isSetCategory()) {
            warning(IssueCodes.COMPETENCE_CATEGORY_MISSING, PARAGRAPH, competence, COMPETENCE__CATEGORY, name);
        }
        if (!competence.isSetSourcing()) {
            warning(IssueCodes.COMPETENCE_SOURCING_MISSING, PARAGRAPH, competence, COMPETENCE__SOURCING, name);
        } else if (competence.getSourcing() == Sourcing.EXTERNAL && competence.getProvider() == null) {
            warning(IssueCodes.EXTERNAL_PROVIDER_MISSING, PARAGRAPH, competence, COMPETENCE__SOURCING, name);
        } else if (competence.getSourcing() == Sourcing.INTERNAL && competence.getProvider() != null) {
            warning(IssueCodes.INTERNAL_WITH_PROVIDER, PARAGRAPH, competence, COMPETENCE__PROVIDER, name);
        }
    }

    @Check
    public void checkResponsibilities(Organisation organisation) {
        if (organisation.getComuniResponsibilities().stream().allMatch(SectionChecks::isBlank)) {
            warning(IssueCodes.COMUNI_RESPONSIBILITIES_MISSING, PARAGRAPH, organisation,
                    ORGANISATION__COMUNI_RESPONSIBILITIES);
        }
        if (organisation.getProvinceResponsibilities().stream().allMatch(SectionChecks::isBlank)) {
            warning(IssueCodes.PROVINCE_RESPONSIBILITIES_MISSING, PARAGRAPH, organisation,
                    ORGANISATION__PROVINCE_RESPONSIBILITIES);
        }
    }

    @Check
    public void checkPositioning(Organisation organisation) {
        Set<OrganisationalAspect> seen = EnumSet.noneOf(OrganisationalAspect.class);
        for (AspectPositioning positioning : organisation.getPositioning()) {
            if (!seen.add(positioning.getAspect())) {
                error(IssueCodes.ASPECT_DUPLICATE, POSITIONING, positioning, ASPECT_POSITIONING__ASPECT,
                        Sezione2.aspect(positioning.getAspect()).name());
            }
        }
        for (Sezione2.Aspect aspect : Sezione2.ASPECTS) {
            if (!seen.contains(aspect.aspect())) {
                warning(IssueCodes.ASPECT_MISSING, POSITIONING, organisation, ORGANISATION__POSITIONING, aspect.name());
            }
        }
    }

    @Check
    public void checkAspect(AspectPositioning positioning) {
        String name = Sezione2.aspect(positioning.getAspect()).name();
        if (!positioning.isSetCurrent()) {
            warning(IssueCodes.ASPECT_CURRENT_MISSING, POSITIONING, positioning, ASPECT_POSITIONING__ASPECT, name);
        }
        if (!positioning.isSetTarget()) {
            warning(IssueCodes.ASPECT_TARGET_MISSING, POSITIONING, positioning, ASPECT_POSITIONING__ASPECT, name);
        }
    }
}
