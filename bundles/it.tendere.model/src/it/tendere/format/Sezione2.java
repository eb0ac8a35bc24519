// SPDX-License-Identifier: EPL-2.0
package it.tendere.format;

import java.util.List;

import it.tendere.servicemodel.CompetenceCategory;
import it.tendere.servicemodel.OrganisationalAspect;

/**
 * The fixed Italian texts of «Sezione 2 – Il modello di servizio a tendere»,
 * quoted verbatim from shared/format/SEZIONE-2.md: the one place the checks,
 * the document generator and the editors take them from.
 */
public final class Sezione2 {

    public static final String FRONT_MATTER = "Frontespizio";

    // Front matter
    public static final String PROGRAMME = "Progetto «PROVINCE & COMUNI»";
    public static final String ACTION = "Azione A17 - \"Accompagnamento al processo organizzativo delle Province\"";
    public static final String PATH = "Percorso di accompagnamento per l'erogazione di servizi per la gestione del personale";
    public static final String PROJECT_WORK = "Project Work";

    // 2
    public static final String SECTION_2_TITLE = "Il modello di servizio a tendere";
    public static final String PURPOSE_LABEL = "Finalità";
    public static final String PURPOSE = "Descrivere il modello di servizio che la Provincia intende sviluppare";
    public static final String KEY_QUESTION_LABEL = "Domanda chiave";
    public static final String KEY_QUESTIONS_LABEL = "Domande chiave";
    public static final String DESIGN_QUESTIONS_LABEL = "Domande progettuali";
    public static final String GUIDANCE_LABEL = "Suggerimenti metodologici";

    // 2.1
    public static final String PARAGRAPH_2_1_TITLE = "Obiettivi e caratteristiche";
    public static final String KEY_QUESTION_2_1 = "Che tipo di servizio vogliamo essere?";
    public static final List<String> DESIGN_QUESTIONS_2_1 = List.of(
            "Come definite la mission del servizio?",
            "Quali sono le prestazioni principali che prevedete di garantire con il servizio?",
            "Quali sono le prestazioni accessorie che a vostro avviso aumentano il valore del servizio … e che ritenete di sviluppare nel tempo?",
            "Quanti Comuni ritenete potenzialmente coinvolgibili",
            "Ci sono altre tipologie di enti per i quali pensate di svolgere in futuro, il servizio",
            "Quale valore aggiunto può dare il servizio agli enti aderenti?");
    public static final String MISSION_QUESTION = "Perché?";
    public static final String NEEDS = "Ancoraggio ai bisogni concreti";
    public static final String RESULTS = "principali risultati";
    public static final String STAKEHOLDERS = "stakeholder finali";
    public static final String PRINCIPLES = "Principi";
    public static final String UTENZA_QUESTION = "A chi?";
    public static final String COLUMN_TIPOLOGIA = "Tipologia di utenza";
    public static final String COLUMN_PROFILO = "Profilo di utenza";
    public static final String COLUMN_DESCRIZIONE = "Descrizione";
    public static final String DIRECT_USERS = "Utenza diretta";
    public static final String EXTENDED_USERS = "Utenza allargata";
    public static final String CONTENUTO_QUESTION = "Cosa?";
    public static final String CENTRAL_ELEMENT = "Elemento centrale";
    public static final String ACCESSORY_ELEMENTS = "Elementi accessori";
    public static final String ESSENTIAL_SERVICES = "prestazioni essenziali";
    public static final String FROM_THE_START = "fin dall'avvio";
    public static final String EVOLUTIVE_SERVICES = "prestazioni evolutive";
    public static final String OVER_TIME = "da sviluppare nel tempo";
    public static final String OVERVIEW_DIAGRAM = "Il modello a tendere: una rappresentazione";

    // 2.2
    public static final String PARAGRAPH_2_2_TITLE = "Assetto organizzativo";
    public static final String KEY_QUESTION_2_2 = "Chi tiene in piedi il servizio, concretamente?";
    public static final List<String> DESIGN_QUESTIONS_2_2 = List.of(
            "È prevista una struttura organizzativa dedicata? La stessa che serve gli uffici della Provincia, una struttura autonoma, un «ente strumentale» o una «società in house»?",
            "«Quante e quali professionalità» sono coinvolte nella realizzazione del servizio?",
            "«Quali competenze chiave» servono? Quali sono coperte internamente e quali acquisite dall'«esterno»?",
            "Come si ripartiscono ruoli e responsabilità tra la Provincia e gli enti aderenti?");
    public static final String NON_NEGOTIABLE = "competenze \"non negoziabili\"";
    /** The areas the «competenze "non negoziabili"» must cover: legal-administrative, organisational, digital. */
    public static final List<CompetenceCategory> NON_NEGOTIABLE_CATEGORIES = List.of(
            CompetenceCategory.LEGAL_ADMINISTRATIVE, CompetenceCategory.ORGANISATIONAL, CompetenceCategory.DIGITAL);
    public static final String INTAKE_CRITERIA = "criteri di presa in carico";
    public static final String COLUMN_ASPECTS = "Aspetti organizzativi";
    public static final String COLUMN_BASE = "Modello Base";
    public static final String COLUMN_ADVANCED = "Modello Avanzato";
    public static final String POSITIONING_SOURCE = "Fonte: PromoPA «Descrizione dei modelli organizzativi e linee guida per"
            + " accompagnare il sistema delle Province nella riorganizzazione delle politiche del personale attraverso"
            + " servizi di supporto ai Comuni», p. 6.";

    // 2.3
    public static final String PARAGRAPH_2_3_TITLE = "Processi e strumenti";
    public static final List<String> KEY_QUESTIONS_2_3 = List.of("Quali processi sono davvero critici?",
            "Che ruolo hanno strumenti e piattaforme?");
    public static final List<String> DESIGN_QUESTIONS_2_3 = List.of(
            "Come si articola il processo di erogazione e quali fasi sono essenziali? Una prima mappa del processo di erogazione.",
            "Quali fasi svolge la Provincia e quali i Comuni aderenti?",
            "Quali strumenti: «modulistica, software, procedure, piattaforme»?",
            "Quanto sarà digitalizzato il servizio?");
    public static final String COLUMN_ID = "ID";
    public static final String DELIVERY_INTERNAL = "Competenze interne al servizio";
    public static final String DELIVERY_EXTERNAL = "Competenze esterne";
    public static final String DELIVERY_INFRASTRUCTURES = "Infrastrutture fisiche e digitali";
    public static final String DELIVERY_PROCEDURES = "Procedure e sistemi di gestione";
    public static final String SECTION_2 = "2 Il modello di servizio a tendere";
    /** The format's names, by service area, as their title pages have them. */
    public static final String FORMAT_FORMAZIONE = "Format - Formazione";
    public static final String FORMAT_SELEZIONE = "Format – Selezione del personale";
    public static final String FORMAT_DISCIPLINARI = "Format – Procedimenti disciplinari";
    public static final String PARAGRAPH_2_1 = "2.1 Obiettivi e caratteristiche";
    public static final String PARAGRAPH_2_2 = "2.2 Assetto organizzativo";
    public static final String PARAGRAPH_2_3 = "2.3 Processi e strumenti";

    public static final String MISSION = "Mission";
    public static final String UTENZA = "Utenza";
    public static final String CONTENUTO = "Contenuto";
    public static final String BASE_VS_AVANZATO = "Modello «Base» vs Modello «Avanzato»";
    public static final String MAPPATURA = "Mappatura dei processi";
    public static final String ELEMENTI_EROGAZIONE = "Elementi del sistema di erogazione del servizio";

    /** The nine rows of the Base/Avanzato table, in the format's order. */
    public static final List<Aspect> ASPECTS = List.of(
            new Aspect(OrganisationalAspect.STRUCTURE, "Struttura organizzativa",
                    "Compatta, Con funzioni limitate. Molteplici punti di contatto con i Comuni.",
                    "Strutturata, un unico punto di contatto e smistamento richieste."),
            new Aspect(OrganisationalAspect.STAFFING, "Staffing",
                    "Limitato, risorse ridotte.",
                    "Team multidisciplinare con competenze specialistiche."),
            new Aspect(OrganisationalAspect.COMPETENCES, "Competenze",
                    "Episodica, non strutturata.",
                    "Personale dedicato ai servizi ai Comuni, specializzazione trasversale."),
            new Aspect(OrganisationalAspect.PROCESSES, "Processi",
                    "Non formalizzati.",
                    "Standardizzati, tracciabili, certificati ISO 9001"),
            new Aspect(OrganisationalAspect.DIGITALISATION, "Digitalizzazione",
                    "Parziale.",
                    "Avanzata, sistemi integrati e automatizzati. Utilizzo completo della piattaforma Pi.Co."),
            new Aspect(OrganisationalAspect.SERVICES, "Servizi erogati ai Comuni",
                    "Fornisce un supporto iniziale ai Comuni.",
                    "Eroga servizi in forma associata ai Comuni."),
            new Aspect(OrganisationalAspect.RELATIONSHIP, "Rapporto con i Comuni",
                    "Reattivo, su richiesta.",
                    "Proattivo, supporto sistemico e continuativo."),
            new Aspect(OrganisationalAspect.GOVERNANCE, "Governance",
                    "Orientamento operativo.",
                    "Visione strategica, piena copertura del ruolo di Casa dei Comuni."),
            new Aspect(OrganisationalAspect.FLEXIBILITY, "Flessibilità organizzativa",
                    "Limitata, legata alle risorse disponibili.",
                    "Elevata, con margini di sviluppo e risposta flessibile."));

    /** The Formazione format's seed list of processes, in order (PromoPA, p. 24). */
    public static final List<String> FORMAZIONE_SEED_PROCESSES = List.of(
            "Rilevazione, definizione e mappatura profili professionali dal Comune",
            "Auto ed etero valutazione delle competenze possedute dal dipendente",
            "Definizione degli obiettivi formativi e rilevazione del fabbisogno",
            "Monitoraggio della formazione obbligatoria",
            "Definizione del piano formativo",
            "Valutazione dell'offerta formativa esistente",
            "Pianificazione della formazione",
            "Supporto all'erogazione della formazione",
            "Monitoraggio ed esiti finali del piano formativo annuale");

    private Sezione2() {
    }

    /** Returns the row of the Base/Avanzato table for an aspect. */
    public static Aspect aspect(OrganisationalAspect aspect) {
        return ASPECTS.get(aspect.getValue());
    }

    /** One row of the Base/Avanzato table: «Aspetti organizzativi» | «Modello Base» | «Modello Avanzato». */
    public record Aspect(OrganisationalAspect aspect, String name, String base, String advanced) {
    }
}
