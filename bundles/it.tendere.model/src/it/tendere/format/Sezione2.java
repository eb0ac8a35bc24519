// SPDX-License-Identifier: EPL-2.0
package it.tendere.format;

import java.util.List;

import it.tendere.servicemodel.OrganisationalAspect;

/**
 * The fixed Italian texts of «Sezione 2 – Il modello di servizio a tendere»,
 * quoted verbatim from shared/format/SEZIONE-2.md: the one place the checks,
 * the document generator and the editors take them from.
 */
public final class Sezione2 {

    public static final String FRONT_MATTER = "Frontespizio";
    public static final String SECTION_2 = "2 Il modello di servizio a tendere";
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
