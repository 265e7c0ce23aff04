package org.ephr.synthetic;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/** Vaccines by CVX code, with the CVX full vaccine names. */
enum Vaccine {
    BCG("19", "Bacillus Calmette-Guerin vaccine"),
    HEPATITIS_B_PEDIATRIC("08", "hepatitis B vaccine, pediatric or pediatric/adolescent dosage"),
    HEPATITIS_B_ADULT("43", "hepatitis B vaccine, adult dosage"),
    ORAL_POLIO("02", "trivalent poliovirus vaccine, live, oral"),
    INACTIVATED_POLIO("10", "poliovirus vaccine, inactivated"),
    /** Whole-cell pertussis, as in the pentavalent vaccine of most countries of origin. */
    DTP("01", "diphtheria, tetanus toxoids and pertussis vaccine"),
    DTAP("20", "diphtheria, tetanus toxoids and acellular pertussis vaccine"),
    TD_ADULT("139", "Td(adult) unspecified formulation"),
    MEASLES("05", "measles virus vaccine"),
    MMR("03", "measles, mumps and rubella virus vaccine"),
    YELLOW_FEVER("37", "yellow fever vaccine"),
    COVID19_MRNA(
            "208", "SARS-COV-2 (COVID-19) vaccine, mRNA, spike protein, LNP, preservative free, 30 mcg/0.3mL dose"),
    COVID19_UNSPECIFIED("213", "SARS-COV-2 (COVID-19) vaccine, UNSPECIFIED");

    final String cvx;
    final String display;

    Vaccine(String cvx, String display) {
        this.cvx = cvx;
        this.display = display;
    }

    CodeableConcept toCodeableConcept() {
        return new CodeableConcept(new Coding(Uris.CVX, cvx, display));
    }
}
