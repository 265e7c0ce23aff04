package org.ephr.server.matching;

/** How far two names (a given name, or a family name) agree, weakest first. */
enum NameAgreement {
    /** Different names, beyond what transliteration or a typing error explains. */
    DIFFERENT("different"),
    /** Close, but possibly a different name (Hassan and Hussein, Lina and Lana), or a typing error. */
    SIMILAR("similar"),
    /** One record has more name parts than the other (a second family name, a father's name), the rest agree. */
    PARTIAL("one record has an extra name part"),
    /** The same name as differently transliterated (Mohammed, Muhammad; Al-Hassan, Alhasan). */
    VARIANT("spelling variant"),
    /** The same letters, ignoring case, accents, hyphens and spaces. */
    EXACT("same");

    private final String description;

    NameAgreement(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }

    boolean atLeast(NameAgreement other) {
        return compareTo(other) >= 0;
    }

    static NameAgreement max(NameAgreement a, NameAgreement b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
