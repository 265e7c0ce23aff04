package org.ephr.synthetic;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/** Residence status in the host country, coded from the project's MigrationStatusCS. */
enum MigrationStatus {
    REFUGEE("refugee", "Refugee"),
    ASYLUM_SEEKER("asylum-seeker", "Asylum seeker"),
    TEMPORARY_PROTECTION("temporary-protection", "Beneficiary of temporary protection"),
    LABOUR_MIGRANT("labour-migrant", "Labour migrant");

    final String code;
    final String display;

    MigrationStatus(String code, String display) {
        this.code = code;
        this.display = display;
    }

    /** Refugees and asylum seekers are the ones UNHCR registers with a case number. */
    boolean registeredWithUnhcr() {
        return this == REFUGEE || this == ASYLUM_SEEKER;
    }

    CodeableConcept toCodeableConcept() {
        return new CodeableConcept(new Coding(Uris.MIGRATION_STATUS_CS, code, display));
    }

    /** The status such a person most likely holds in that host country. */
    static MigrationStatus likely(Origin origin, HostCountry host, Draws draws) {
        if (origin == Origin.UKRAINE) {
            return TEMPORARY_PROTECTION; // EU Temporary Protection Directive
        }
        if (origin == Origin.SYRIA && host.country().equals("TR")) {
            return TEMPORARY_PROTECTION; // Turkey's regime for Syrians
        }
        if (origin == Origin.VENEZUELA && host.country().equals("CO")) {
            return TEMPORARY_PROTECTION; // Colombia's temporary protection statute
        }
        if (origin == Origin.BANGLADESH && !host.country().equals("IT")) {
            return LABOUR_MIGRANT;
        }
        if (host.country().equals("DE")
                || host.country().equals("IT")
                || host.country().equals("US")) {
            return draws.chance(0.6) ? ASYLUM_SEEKER : REFUGEE;
        }
        return draws.chance(0.8) ? REFUGEE : ASYLUM_SEEKER;
    }
}
