package org.ephr.server.summary.print;

import java.util.Locale;
import java.util.Map;
import org.ephr.server.conformance.ConformancePackage;
import org.hl7.fhir.r4.model.Bundle;

/**
 * The printable personal health record: a patient summary document (an IPS-shaped FHIR document) as a page the
 * migrant can carry, in HTML and PDF, in English, French or Arabic (right to left). Like the paper e-PHR it
 * replaces, it says who the person is, then each section of the summary in the document's order, with codes named
 * in the reader's language wherever the e-PHR terminology has a designation.
 *
 * <p>Thread-safe: built once (it reads the terminology and fonts), then used for any number of records.
 */
public final class PrintableRecord {

    private final Terminology terminology;
    private final Map<String, Labels> labels;
    private final PdfRecord pdf;

    /** @param conformancePackage the e-PHR FHIR package, whose code systems and value sets name codes */
    public PrintableRecord(ConformancePackage conformancePackage) {
        this.terminology = Terminology.of(conformancePackage);
        this.labels = Labels.all();
        this.pdf = new PdfRecord();
    }

    /**
     * The record as a self-contained HTML page (inline style, no scripts, no external resources).
     *
     * @param document a FHIR document: a Bundle of type document whose first entry is a Composition
     * @param language the reader's language; English, French and Arabic are supported, any other reads English
     * @throws IllegalArgumentException if the bundle is not a FHIR document
     */
    public String html(Bundle document, Locale language) {
        Locale locale = supported(language);
        return page(document, locale).render();
    }

    /**
     * The record as PDF (A4, fonts embedded), printed from {@link #html}.
     *
     * @throws IllegalArgumentException if the bundle is not a FHIR document
     */
    public byte[] pdf(Bundle document, Locale language) {
        Locale locale = supported(language);
        String html = page(document, locale).render();
        return pdf.render(html, locale, labelsFor(locale).rightToLeft());
    }

    private RecordPage page(Bundle bundle, Locale locale) {
        var document = SummaryDocument.of(bundle);
        var displays = new Displays(terminology, labelsFor(locale), locale);
        return new RecordPage(document, displays, locale);
    }

    private Labels labelsFor(Locale locale) {
        return labels.get(locale.getLanguage());
    }

    /** The requested locale when its language is supported (fr-CH keeps Swiss formats), else English. */
    private static Locale supported(Locale language) {
        if (language != null && Labels.LANGUAGES.contains(language.getLanguage())) {
            return language;
        }
        return Locale.ENGLISH;
    }
}
