// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.validation;

import static it.tendere.servicemodel.ServicemodelPackage.Literals.*;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.validation.Check;

import it.tendere.format.IssueCodes;
import it.tendere.format.Sezione2;
import it.tendere.format.Titles;
import it.tendere.servicemodel.AddedValue;
import it.tendere.servicemodel.BodyType;
import it.tendere.servicemodel.Mission;
import it.tendere.servicemodel.Objectives;
import it.tendere.servicemodel.PerimeterKind;
import it.tendere.servicemodel.Reach;
import it.tendere.servicemodel.SegmentKind;
import it.tendere.servicemodel.Service;
import it.tendere.servicemodel.ServiceKind;
import it.tendere.servicemodel.ServiceModel;
import it.tendere.servicemodel.ServiceTiming;
import it.tendere.servicemodel.UserSegment;

/**
 * The guidance of 2.1 «Obiettivi e caratteristiche»: essential and evolutive
 * services told apart, the perimeter explicit, the reach and the demand
 * quantified, the added value shown with concrete examples.
 */
public class ObjectivesChecks extends SectionChecks {

    private static final String MISSION = Sezione2.PARAGRAPH_2_1 + " – " + Sezione2.MISSION;
    private static final String UTENZA = Sezione2.PARAGRAPH_2_1 + " – " + Sezione2.UTENZA;
    private static final String CONTENUTO = Sezione2.PARAGRAPH_2_1 + " – " + Sezione2.CONTENUTO;
    private static final String PARAGRAPH = Sezione2.PARAGRAPH_2_1;

    @Check
    public void checkMission(Objectives objectives) {
        Mission mission = objectives.getMission();
        if (mission == null || isBlank(mission.getStatement())) {
            warning(IssueCodes.MISSION_MISSING, MISSION, mission == null ? objectives : mission,
                    mission == null ? OBJECTIVES__MISSION : MISSION__STATEMENT);
        }
        if (mission == null) {
            return;
        }
        List<String> missing = new ArrayList<>();
        if (mission.getNeeds().stream().allMatch(SectionChecks::isBlank)) {
            missing.add(text("part.needs"));
        }
        if (mission.getResults().stream().allMatch(SectionChecks::isBlank)) {
            missing.add(text("part.results"));
        }
        if (mission.getStakeholders().stream().allMatch(SectionChecks::isBlank)) {
            missing.add(text("part.stakeholders"));
        }
        if (mission.getPrinciples().stream().allMatch(SectionChecks::isBlank)) {
            missing.add(text("part.principles"));
        }
        if (!missing.isEmpty()) {
            warning(IssueCodes.MISSION_INCOMPLETE, MISSION, mission, null, String.join(", ", missing));
        }
    }

    @Check
    public void checkUsers(Objectives objectives) {
        if (objectives.getSegments().stream().noneMatch(s -> s.getKind() == SegmentKind.DIRECT)) {
            warning(IssueCodes.DIRECT_USERS_MISSING, UTENZA, objectives, OBJECTIVES__SEGMENTS);
        }
    }

    @Check
    public void checkSegment(UserSegment segment) {
        if (isBlank(segment.getProfile())) {
            warning(IssueCodes.SEGMENT_INCOMPLETE, UTENZA, segment, USER_SEGMENT__PROFILE,
                    segment.getName(), text("part.profile"));
        }
        if (isBlank(segment.getDescription())) {
            warning(IssueCodes.SEGMENT_INCOMPLETE, UTENZA, segment, USER_SEGMENT__DESCRIPTION,
                    segment.getName(), text("part.description"));
        }
        ServiceModel model = model(segment);
        if (model != null && segment.getBodyType() == BodyType.MUNICIPALITIES && segment.isSetBodyType()
                && model.getComuniTotal() > 0 && segment.getCount() > model.getComuniTotal()) {
            error(IssueCodes.SEGMENT_ABOVE_TOTAL, UTENZA, segment, USER_SEGMENT__COUNT,
                    segment.getName(), segment.getCount(), model.getComuniTotal());
        }
    }

    @Check
    public void checkReach(Objectives objectives) {
        Reach reach = objectives.getReach();
        if (reach == null || !reach.isSetPotentialComuni() || reach.getPotentialComuni() <= 0) {
            warning(IssueCodes.REACH_NOT_QUANTIFIED, UTENZA, reach == null ? objectives : reach,
                    reach == null ? OBJECTIVES__REACH : REACH__POTENTIAL_COMUNI);
        } else {
            ServiceModel model = model(objectives);
            if (model != null && model.getComuniTotal() > 0 && reach.getPotentialComuni() > model.getComuniTotal()) {
                error(IssueCodes.REACH_ABOVE_TOTAL, UTENZA, reach, REACH__POTENTIAL_COMUNI,
                        reach.getPotentialComuni(), model.getComuniTotal());
            }
        }
        if (reach == null || !reach.isSetExpectedDemand() || reach.getExpectedDemand() <= 0
                || isBlank(reach.getDemandUnit())) {
            warning(IssueCodes.DEMAND_NOT_QUANTIFIED, UTENZA, reach == null ? objectives : reach,
                    reach == null ? OBJECTIVES__REACH : REACH__EXPECTED_DEMAND);
        }
    }

    @Check
    public void checkContent(Objectives objectives) {
        if (objectives.getServices().stream().noneMatch(s -> s.getKind() == ServiceKind.CORE)) {
            warning(IssueCodes.CORE_SERVICE_MISSING, CONTENUTO, objectives, OBJECTIVES__SERVICES);
        }
        if (objectives.getServices().stream().noneMatch(s -> s.getKind() == ServiceKind.ACCESSORY)) {
            warning(IssueCodes.ACCESSORY_SERVICES_MISSING, CONTENUTO, objectives, OBJECTIVES__SERVICES);
        }
        if (!objectives.getServices().isEmpty() && objectives.getServices().stream()
                .noneMatch(s -> s.isSetTiming() && s.getTiming() == ServiceTiming.ESSENTIAL)) {
            warning(IssueCodes.ESSENTIAL_SERVICE_MISSING, CONTENUTO, objectives, OBJECTIVES__SERVICES);
        }
    }

    @Check
    public void checkService(Service service) {
        String name = Titles.of(service);
        if (!service.isSetTiming()) {
            warning(IssueCodes.SERVICE_TIMING_MISSING, CONTENUTO, service, SERVICE__TIMING, name);
        }
        if (service.getKind() == ServiceKind.ACCESSORY && !service.isSetCategory()) {
            warning(IssueCodes.ACCESSORY_CATEGORY_MISSING, CONTENUTO, service, SERVICE__CATEGORY, name);
        }
        if (service.getKind() == ServiceKind.CORE && service.isSetCategory()) {
            warning(IssueCodes.CORE_SERVICE_CATEGORY, CONTENUTO, service, SERVICE__CATEGORY, name);
        }
        if (service.getSegments().isEmpty()) {
            warning(IssueCodes.SERVICE_SEGMENTS_MISSING, CONTENUTO, service, SERVICE__SEGMENTS, name);
        }
    }

    @Check
    public void checkPerimeterAndValue(Objectives objectives) {
        if (objectives.getPerimeter().stream().noneMatch(p -> p.getKind() == PerimeterKind.INCLUDED && !isBlank(p.getText()))) {
            warning(IssueCodes.PERIMETER_INCLUDED_MISSING, PARAGRAPH, objectives, OBJECTIVES__PERIMETER);
        }
        if (objectives.getPerimeter().stream().noneMatch(p -> p.getKind() == PerimeterKind.EXCLUDED && !isBlank(p.getText()))) {
            warning(IssueCodes.PERIMETER_EXCLUDED_MISSING, PARAGRAPH, objectives, OBJECTIVES__PERIMETER);
        }
        if (objectives.getAddedValues().isEmpty()) {
            warning(IssueCodes.ADDED_VALUE_MISSING, PARAGRAPH, objectives, OBJECTIVES__ADDED_VALUES);
        }
    }

    @Check
    public void checkAddedValue(AddedValue value) {
        if (value.getExamples().stream().allMatch(SectionChecks::isBlank)) {
            String name = isBlank(value.getDescription()) ? value.getKind().getLiteral() : value.getDescription();
            warning(IssueCodes.ADDED_VALUE_EXAMPLES_MISSING, PARAGRAPH, value, ADDED_VALUE__EXAMPLES, name);
        }
    }
}
