package org.ephr.synthetic;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/** A language as a BCP 47 tag, for Patient.communication. */
record Language(String tag, String display) {
    static final Language ARABIC = new Language("ar", "Arabic");
    static final Language DARI = new Language("fa-AF", "Dari");
    static final Language PASHTO = new Language("ps", "Pashto");
    static final Language TIGRINYA = new Language("ti", "Tigrinya");
    static final Language AMHARIC = new Language("am", "Amharic");
    static final Language SOMALI = new Language("so", "Somali");
    static final Language ROHINGYA = new Language("rhg", "Rohingya");
    static final Language UKRAINIAN = new Language("uk", "Ukrainian");
    static final Language SPANISH = new Language("es", "Spanish");
    static final Language HAITIAN_CREOLE = new Language("ht", "Haitian Creole");
    static final Language FRENCH = new Language("fr", "French");
    static final Language BENGALI = new Language("bn", "Bengali");

    /** The language without region or script, e.g. {@code fa} for {@code fa-AF}. */
    String primarySubtag() {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }

    CodeableConcept toCodeableConcept() {
        return new CodeableConcept(new Coding(Uris.BCP_47, tag, display)).setText(display);
    }
}
