// SPDX-License-Identifier: EPL-2.0
package it.tendere.format;

import org.eclipse.emf.common.util.Enumerator;

import it.tendere.servicemodel.AccessoryCategory;
import it.tendere.servicemodel.AddedValueKind;
import it.tendere.servicemodel.BodyType;
import it.tendere.servicemodel.CompetenceCategory;
import it.tendere.servicemodel.DeliveryBlockKind;
import it.tendere.servicemodel.DigitalLevel;
import it.tendere.servicemodel.ModelLevel;
import it.tendere.servicemodel.OrganisationalAspect;
import it.tendere.servicemodel.OrganisationalForm;
import it.tendere.servicemodel.Performer;
import it.tendere.servicemodel.PerimeterKind;
import it.tendere.servicemodel.SegmentKind;
import it.tendere.servicemodel.SegmentSize;
import it.tendere.servicemodel.ServiceArea;
import it.tendere.servicemodel.ServiceKind;
import it.tendere.servicemodel.ServiceTiming;
import it.tendere.servicemodel.Sourcing;
import it.tendere.servicemodel.ToolKind;
import it.tendere.servicemodel.ToolStatus;

/**
 * The Italian words the document, the diagrams and the editors use for the
 * model's enumerations: said once, here.
 */
public final class Labels {

    private Labels() {
    }

    public static String category(AccessoryCategory category) {
        return switch (category) {
            case RECEPTION -> "Accoglienza";
            case ADVICE_AND_SUPPORT -> "Consulenza e supporto";
            case PRIVACY -> "Privacy";
            case OPERATOR_TRAINING -> "Formazione degli operatori";
            case SAFETY -> "Sicurezza";
            case ACCESSIBILITY -> "Accessibilità";
            case LOGISTICS -> "Logistica";
            case OTHER -> "Altro";
        };
    }

    public static String addedValue(AddedValueKind kind) {
        return switch (kind) {
            case TIME -> "Tempo";
            case QUALITY -> "Qualità";
            case RISK_REDUCTION -> "Riduzione del rischio";
            case SPECIALIST_SUPPORT -> "Supporto specialistico";
            case COST -> "Costi";
            case OTHER -> "Altro";
        };
    }

    public static String form(OrganisationalForm form) {
        return switch (form) {
            case DEDICATED_UNIT -> "Unità organizzativa dedicata";
            case PROVINCE_STRUCTURE -> "La stessa struttura che serve gli uffici della Provincia";
            case INSTRUMENTAL_BODY -> "Ente strumentale";
            case IN_HOUSE_COMPANY -> "Società in house";
        };
    }

    public static String competence(CompetenceCategory category) {
        return switch (category) {
            case LEGAL_ADMINISTRATIVE -> "Giuridico-amministrativa";
            case ORGANISATIONAL -> "Organizzativa / di processo";
            case DIGITAL -> "Strumenti digitali";
            case TECHNICAL -> "Tecnica";
            case OTHER -> "Altro";
        };
    }

    public static String level(ModelLevel level) {
        return level == ModelLevel.BASE ? "Base" : "Avanzato";
    }

    public static String performer(Performer performer) {
        return switch (performer) {
            case PROVINCE -> "Provincia";
            case MUNICIPALITY -> "Comune";
            case SHARED -> "Provincia e Comune";
            case EXTERNAL -> "Soggetto esterno";
        };
    }

    public static String tool(ToolKind kind) {
        return switch (kind) {
            case FORM -> "Modulistica";
            case SOFTWARE -> "Software";
            case PROCEDURE -> "Procedura";
            case PLATFORM -> "Piattaforma";
        };
    }

    public static String digital(DigitalLevel level) {
        return switch (level) {
            case NONE -> "Non digitalizzato";
            case PARTIAL -> "Parzialmente digitalizzato";
            case FULL -> "Completamente digitale";
        };
    }

    public static String bodyType(BodyType type) {
        return switch (type) {
            case MUNICIPALITIES -> "Comuni";
            case OTHER_BODIES -> "Altri enti";
            case ECONOMIC_OPERATORS -> "Operatori economici";
            case EMPLOYEES -> "Dipendenti";
            case OTHER -> "Altro";
        };
    }

    /** The size of the bodies of a segment, as said of Comuni («piccoli», «medi», «grandi»). */
    public static String size(SegmentSize size) {
        return switch (size) {
            case SMALL -> "piccoli";
            case MEDIUM -> "medi";
            case LARGE -> "grandi";
        };
    }

    public static String sourcing(Sourcing sourcing) {
        return sourcing == Sourcing.INTERNAL ? "Interna" : "Esterna";
    }

    public static String status(ToolStatus status) {
        return status == ToolStatus.EXISTING ? "Esistente" : "Da sviluppare";
    }

    public static String area(ServiceArea area) {
        return switch (area) {
            case TRAINING -> "Formazione";
            case SELECTION -> "Selezione del personale";
            case DISCIPLINARY -> "Procedimenti disciplinari";
            case PROCUREMENT -> "Stazione Unica Appaltante";
            case OTHER -> "Altro";
        };
    }

    public static String deliveryBlock(DeliveryBlockKind kind) {
        return switch (kind) {
            case INTERNAL_COMPETENCES -> Sezione2.DELIVERY_INTERNAL;
            case EXTERNAL_COMPETENCES -> Sezione2.DELIVERY_EXTERNAL;
            case INFRASTRUCTURES -> Sezione2.DELIVERY_INFRASTRUCTURES;
            case PROCEDURES -> Sezione2.DELIVERY_PROCEDURES;
        };
    }

    /** Any value of the model's enumerations, in the words above (the comparisons say them so). */
    public static String of(Enumerator literal) {
        if (literal instanceof AccessoryCategory category) {
            return category(category);
        } else if (literal instanceof AddedValueKind kind) {
            return addedValue(kind);
        } else if (literal instanceof OrganisationalForm form) {
            return form(form);
        } else if (literal instanceof CompetenceCategory category) {
            return competence(category);
        } else if (literal instanceof ModelLevel level) {
            return level(level);
        } else if (literal instanceof Performer performer) {
            return performer(performer);
        } else if (literal instanceof ToolKind kind) {
            return tool(kind);
        } else if (literal instanceof DigitalLevel level) {
            return digital(level);
        } else if (literal instanceof BodyType type) {
            return bodyType(type);
        } else if (literal instanceof SegmentSize size) {
            return size(size);
        } else if (literal instanceof Sourcing sourcing) {
            return sourcing(sourcing);
        } else if (literal instanceof ToolStatus status) {
            return status(status);
        } else if (literal instanceof SegmentKind kind) {
            return kind == SegmentKind.DIRECT ? Sezione2.DIRECT_USERS : Sezione2.EXTENDED_USERS;
        } else if (literal instanceof ServiceTiming timing) {
            return timing == ServiceTiming.ESSENTIAL ? "essenziale" : "evolutiva";
        } else if (literal instanceof ServiceKind kind) {
            return kind == ServiceKind.CORE ? Sezione2.CENTRAL_ELEMENT : Sezione2.ACCESSORY_ELEMENTS;
        } else if (literal instanceof PerimeterKind kind) {
            return kind == PerimeterKind.INCLUDED ? "compreso nel servizio" : "escluso dal servizio";
        } else if (literal instanceof OrganisationalAspect aspect) {
            return Sezione2.aspect(aspect).name();
        } else if (literal instanceof DeliveryBlockKind kind) {
            return deliveryBlock(kind);
        } else if (literal instanceof ServiceArea area) {
            return area(area);
        }
        return literal.getLiteral();
    }
}
