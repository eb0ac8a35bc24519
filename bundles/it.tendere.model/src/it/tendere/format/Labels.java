// SPDX-License-Identifier: EPL-2.0
package it.tendere.format;

import it.tendere.servicemodel.AccessoryCategory;
import it.tendere.servicemodel.AddedValueKind;
import it.tendere.servicemodel.BodyType;
import it.tendere.servicemodel.CompetenceCategory;
import it.tendere.servicemodel.DigitalLevel;
import it.tendere.servicemodel.ModelLevel;
import it.tendere.servicemodel.OrganisationalForm;
import it.tendere.servicemodel.Performer;
import it.tendere.servicemodel.SegmentSize;
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
}
