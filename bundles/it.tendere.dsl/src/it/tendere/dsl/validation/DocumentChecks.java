// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.validation;

import static it.tendere.servicemodel.ServicemodelPackage.Literals.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.xtext.validation.Check;

import it.tendere.format.IssueCodes;
import it.tendere.format.Sezione2;
import it.tendere.format.Titles;
import it.tendere.servicemodel.NamedElement;
import it.tendere.servicemodel.ServiceModel;
import it.tendere.servicemodel.TitledElement;

/**
 * Checks of the front matter and of what every element needs to be written at all.
 */
public class DocumentChecks extends SectionChecks {

    @Check
    public void checkFrontMatter(ServiceModel model) {
        String paragraph = Sezione2.FRONT_MATTER;
        if (isBlank(model.getProvince())) {
            error(IssueCodes.PROVINCE_MISSING, paragraph, model, SERVICE_MODEL__PROVINCE);
        }
        if (model.getComuniTotal() == 0) {
            error(IssueCodes.COMUNI_TOTAL_MISSING, paragraph, model, SERVICE_MODEL__COMUNI_TOTAL);
        }
        if (!model.isSetArea()) {
            error(IssueCodes.AREA_MISSING, paragraph, model, SERVICE_MODEL__AREA);
        }
        if (isBlank(model.getDate())) {
            warning(IssueCodes.DATE_MISSING, paragraph, model, SERVICE_MODEL__DATE);
        } else if (!isIsoDate(model.getDate())) {
            error(IssueCodes.DATE_INVALID, paragraph, model, SERVICE_MODEL__DATE, model.getDate());
        }
        if (isBlank(model.getVersion())) {
            warning(IssueCodes.VERSION_MISSING, paragraph, model, SERVICE_MODEL__VERSION);
        }
        if (model.getAuthors().stream().allMatch(SectionChecks::isBlank)) {
            warning(IssueCodes.AUTHORS_MISSING, paragraph, model, SERVICE_MODEL__AUTHORS);
        }
        if (isBlank(model.getTitle())) {
            warning(IssueCodes.SERVICE_TITLE_MISSING, paragraph, model, SERVICE_MODEL__TITLE);
        }
    }

    /** A reader knows an element by its title; without one the document would print the internal name. */
    @Check
    public void checkTitled(TitledElement element) {
        if (!isBlank(element.getName()) && !Titles.has(element)) {
            warning(IssueCodes.TITLE_MISSING, Sezione2.SECTION_2, element, TITLED_ELEMENT__TITLE,
                    text("type." + element.eClass().getName()), element.getName());
        }
    }

    @Check
    public void checkSectionsPresent(ServiceModel model) {
        if (model.getObjectives() == null) {
            warning(IssueCodes.OBJECTIVES_MISSING, Sezione2.PARAGRAPH_2_1, model, SERVICE_MODEL__OBJECTIVES);
        }
        if (model.getOrganisation() == null) {
            warning(IssueCodes.ORGANISATION_MISSING, Sezione2.PARAGRAPH_2_2, model, SERVICE_MODEL__ORGANISATION);
        }
        if (model.getProcessesAndTools() == null) {
            warning(IssueCodes.PROCESSES_MISSING, Sezione2.PARAGRAPH_2_3, model, SERVICE_MODEL__PROCESSES_AND_TOOLS);
        }
    }

    /** Names only go missing in models written by other tools (XMI): the grammar requires them. */
    @Check
    public void checkNamed(NamedElement element) {
        if (isBlank(element.getName())) {
            error(IssueCodes.NAME_MISSING, Sezione2.SECTION_2, element, NAMED_ELEMENT__NAME, element.eClass().getName());
        }
    }

    /** Counts are never negative; the grammar cannot write one, XMI can. */
    @Check
    public void checkNoNegativeNumbers(EObject object) {
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            if (attribute.getEAttributeType() == EcorePackage.Literals.EINT && !attribute.isMany()) {
                int value = (Integer) object.eGet(attribute);
                if (value < 0) {
                    error(IssueCodes.NEGATIVE_NUMBER, Sezione2.SECTION_2, object, attribute,
                            text("feature." + attribute.getName()), value);
                }
            }
        }
    }

    private static boolean isIsoDate(String date) {
        try {
            LocalDate.parse(date);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
