package org.ephr.server.summary.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.ephr.server.conformance.ConformancePackage;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class PrintableRecordTest {

    private static final String PROJECT = "https://fhir.migrant-ephr.org";
    private static final String LOINC = "http://loinc.org";
    private static final String ISO_3166 = "urn:iso:std:iso:3166";
    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    /** Built once: it reads the e-PHR package's terminology and the fonts. */
    private static final PrintableRecord RECORD = new PrintableRecord(conformancePackage());

    @Test
    void renderWhenEnglishThenLeftToRightWithEnglishHeadingsAndTerminologyDisplays() {
        Document page = parse(RECORD.html(summary(), Locale.ENGLISH));

        assertThat(page.getDocumentElement().getAttribute("lang")).isEqualTo("en");
        assertThat(page.getDocumentElement().getAttribute("dir")).isEqualTo("ltr");
        assertThat(headings(page))
                .containsExactly(
                        "Patient", "Immunizations", "Problems", "TB screening", "Allergies and intolerances", "Alerts");
        assertThat(text(page))
                .contains("This is a summary of the health record, not the full record.")
                .contains("Date of the summary", "March 8, 2026")
                .contains("Issued by", "IOM Migration Health Assessment Centre, Amman")
                .contains("Nour Al-Halabi", "نور الحلبي", "March 8, 2023", "Female", "Syria")
                .contains("EPHR-JO-2025-018342", "N04512873")
                // The CVX display from the e-PHR value set, the country by its English name.
                .contains("Bacillus Calmette-Guerin vaccine", "March 10, 2023", "1 of 1", "Jordan")
                // The test as the clinician named it; a project code sent without a display, from the terminology.
                .contains("Chest X-ray for TB screening", "Abnormal, suggestive of active TB", "November 20, 2025")
                // ICD-10 A15.0 has no designation in the package: the coding's display stands.
                .contains("Tuberculosis of lung, confirmed by sputum microscopy with or without culture", "Active")
                .contains("November 2025");
    }

    @Test
    void renderWhenFrenchThenFrenchHeadingsDesignationsAndDates() {
        Document page = parse(RECORD.html(summary(), Locale.FRENCH));

        assertThat(page.getDocumentElement().getAttribute("lang")).isEqualTo("fr");
        assertThat(page.getDocumentElement().getAttribute("dir")).isEqualTo("ltr");
        assertThat(headings(page))
                .containsExactly(
                        "Patient",
                        "Vaccinations",
                        "Problèmes de santé",
                        "TB screening",
                        "Allergies et intolérances",
                        "Alertes");
        assertThat(text(page))
                .contains("Ceci est un résumé du dossier de santé, pas le dossier complet.")
                .contains("Nom en caractères latins", "Nour Al-Halabi", "8 mars 2023", "Féminin", "Syrie")
                .contains("vaccin BCG", "10 mars 2023", "1 sur 1", "Jordanie")
                .contains("anormale, évocatrice d'une tuberculose active", "novembre 2025")
                .contains("Pays d'administration", "Numéro e-PHR", "Passeport");
    }

    @Test
    void renderWhenArabicThenRightToLeftAndArabicHeadings() {
        Document page = parse(RECORD.html(summary(), ARABIC));

        assertThat(page.getDocumentElement().getAttribute("lang")).isEqualTo("ar");
        assertThat(page.getDocumentElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat(headings(page))
                .containsExactly(
                        "المريض", "التطعيمات", "المشكلات الصحية", "TB screening", "الحساسية وعدم التحمل", "تنبيهات");
        assertThat(rows(page))
                .contains("الاسم: نور الحلبي", "الاسم بالحروف اللاتينية: Nour Al-Halabi", "الجنسية: سوريا");
        assertThat(text(page))
                .contains("هذا ملخص للسجل الصحي وليس السجل الكامل")
                .contains("لقاح بي سي جي", "10 مارس 2023", "الأردن")
                .contains("غير طبيعية، توحي بسل نشط", "نشطة");
    }

    @Test
    void renderWhenLanguageUnsupportedThenEnglish() {
        Document page = parse(RECORD.html(summary(), Locale.GERMAN));

        assertThat(page.getDocumentElement().getAttribute("lang")).isEqualTo("en");
        assertThat(headings(page)).contains("Immunizations");
    }

    @Test
    void renderWhenRegionalFrenchThenFrenchWording() {
        Document page = parse(RECORD.html(summary(), Locale.forLanguageTag("fr-CH")));

        assertThat(page.getDocumentElement().getAttribute("lang")).isEqualTo("fr-CH");
        assertThat(headings(page)).contains("Vaccinations");
    }

    @Test
    void renderWhenSectionHasNoEntriesThenItsNarrativeOrNoInformation() {
        Bundle document = summary();
        var composition = (Composition) document.getEntryFirstRep().getResource();
        composition
                .addSection()
                .setTitle("Medication Summary")
                .setCode(loinc("10160-0", "History of Medication use Narrative"))
                .getText()
                .setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\">No known medications</div>");

        String text = text(parse(RECORD.html(document, Locale.ENGLISH)));

        assertThat(text).contains("Medications", "No known medications");
        // The allergies section of the fixture has neither entries nor narrative.
        assertThat(text).contains("No information recorded.");
    }

    @Test
    void renderWhenEntryIsNotInTheDocumentThenSaysSo() {
        Bundle document = summary();
        var composition = (Composition) document.getEntryFirstRep().getResource();
        composition.getSection().get(1).addEntry(new Reference("Condition/elsewhere").setDisplay("Malaria"));

        String text = text(parse(RECORD.html(document, Locale.ENGLISH)));

        assertThat(text).contains("Malaria", "Not included in this summary");
    }

    @Test
    void renderWhenEntriesAreOfOtherTypesThenEachReadsWithItsCodeValueAndDate() {
        Bundle document = summary();
        var composition = (Composition) document.getEntryFirstRep().getResource();
        AllergyIntolerance penicillin = new AllergyIntolerance();
        penicillin.setCode(new CodeableConcept().setText("Penicillin"));
        penicillin.setRecordedDateElement(new DateTimeType("2024-02-01"));
        composition.getSection().get(3).addEntry(add(document, penicillin));
        Medication isoniazid = new Medication();
        isoniazid.setCode(new CodeableConcept().setText("Isoniazid 100 mg tablet"));
        MedicationStatement treatment = new MedicationStatement();
        treatment.setMedication(add(document, isoniazid));
        treatment.setEffective(new Period().setStartElement(new DateTimeType("2025-11-25")));
        composition
                .addSection()
                .setTitle("Medication Summary")
                .setCode(loinc("10160-0", "History of Medication use Narrative"))
                .addEntry(add(document, treatment));
        Observation bloodPressure = new Observation();
        bloodPressure.setCode(loinc("85354-9", "Blood pressure panel"));
        bloodPressure.addComponent(
                new Observation.ObservationComponentComponent(loinc("8480-6", "Systolic blood pressure"))
                        .setValue(new Quantity().setValue(118).setUnit("mmHg")));
        bloodPressure.addComponent(
                new Observation.ObservationComponentComponent(loinc("8462-4", "Diastolic blood pressure"))
                        .setValue(new Quantity().setValue(76).setUnit("mmHg")));
        bloodPressure.setEffective(new DateTimeType("2026-03-02T09:30:00Z"));
        composition
                .addSection()
                .setTitle("Vital Signs")
                .setCode(loinc("8716-3", "Vital signs"))
                .addEntry(add(document, bloodPressure));

        Document page = parse(RECORD.html(document, Locale.ENGLISH));

        assertThat(text(page))
                .contains("Penicillin", "February 1, 2024")
                .contains("Medications", "Isoniazid 100 mg tablet", "November 25, 2025")
                .contains("Vital signs", "Blood pressure panel")
                .contains("Systolic blood pressure: 118 mmHg; Diastolic blood pressure: 76 mmHg", "March 2, 2026");
    }

    @Test
    void renderWhenVaccineNotGivenOrDiagnosisProvisionalThenSaysSo() {
        Bundle document = summary();
        Immunization bcg = resource(document, Immunization.class);
        bcg.setStatus(Immunization.ImmunizationStatus.NOTDONE);
        bcg.setStatusReason(new CodeableConcept().setText("Out of stock"));
        Condition tuberculosis = resource(document, Condition.class);
        tuberculosis.setVerificationStatus(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/condition-ver-status", "provisional", "Provisional")));

        assertThat(text(parse(RECORD.html(document, Locale.ENGLISH))))
                .contains("Not given, Out of stock", "Active, provisional");
        assertThat(text(parse(RECORD.html(document, Locale.FRENCH))))
                .contains("Non administré, Out of stock", "Active, provisoire");
    }

    @Test
    void renderWhenRecordTextHoldsMarkupThenItIsShownAsTextNotMarkup() {
        Bundle document = summary();
        Patient patient = resource(document, Patient.class);
        patient.addName().setText("<script>alert('name')</script>");
        Observation screening = resource(document, Observation.class);
        screening.addNote(new Annotation().setText("\"><img src=x onerror=alert(1)> & \u0000done"));

        String html = RECORD.html(document, Locale.ENGLISH);

        assertThat(html).doesNotContain("<script", "<img");
        assertThat(text(parse(html)))
                .contains("<script>alert('name')</script>")
                .contains("\"><img src=x onerror=alert(1)> & done");
        // The PDF still prints: the control character is dropped, not passed to the XML parser.
        assertThat(pdfText(RECORD.pdf(document, Locale.ENGLISH))).contains("<script>alert('name')</script>");
    }

    @Test
    void renderWhenBundleIsNotADocumentThenRejected() {
        Bundle searchset = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        searchset.addEntry().setResource(new Patient());
        Bundle documentWithoutComposition = new Bundle().setType(Bundle.BundleType.DOCUMENT);
        documentWithoutComposition.addEntry().setResource(new Patient());

        assertThatThrownBy(() -> RECORD.html(searchset, Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("document");
        assertThatThrownBy(() -> RECORD.pdf(documentWithoutComposition, Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Composition");
    }

    @Test
    void labelsWhenLoadedThenEveryLanguageDefinesEveryLabelAndOnlyArabicIsRightToLeft() {
        Map<String, Labels> all = Labels.all();

        assertThat(all).containsOnlyKeys("en", "fr", "ar");
        assertThat(all.get("ar").rightToLeft()).isTrue();
        assertThat(all.get("en").rightToLeft()).isFalse();
        assertThat(all.get("fr").rightToLeft()).isFalse();
    }

    @Test
    void pdfWhenEnglishThenValidPdfWithNameVaccineAndEmbeddedFont() throws IOException {
        byte[] pdf = RECORD.pdf(summary(), Locale.ENGLISH);

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument loaded = Loader.loadPDF(pdf)) {
            assertThat(loaded.getNumberOfPages()).isPositive();
            List<PDFont> fonts = fonts(loaded);
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.getName()).contains("DejaVuSans");
                assertThat(font.isEmbedded()).isTrue();
            });
        }
        assertThat(pdfText(pdf))
                .contains("Nour Al-Halabi", "Bacillus Calmette-Guerin vaccine", "Immunizations", "EPHR-JO-2025-018342");
    }

    @Test
    void pdfWhenFrenchThenFrenchHeadingAndDesignation() {
        String text = pdfText(RECORD.pdf(summary(), Locale.FRENCH));

        assertThat(text).contains("Nour Al-Halabi", "Vaccinations", "vaccin BCG", "Jordanie");
    }

    @Test
    void pdfWhenArabicThenShapedArabicHeadingNameAndVaccineReadInLogicalOrder() throws IOException {
        byte[] pdf = RECORD.pdf(summary(), ARABIC);

        // PDFBox's extraction puts right-to-left runs back in reading order and maps the shaped forms drawn to
        // the letters typed (NFKC, also applied here so the check does not depend on that detail).
        String letters = Normalizer.normalize(pdfText(pdf), Normalizer.Form.NFKC);
        assertThat(letters)
                .contains("التطعيمات", "المشكلات الصحية")
                .contains("نور الحلبي", "Nour Al-Halabi")
                .contains("لقاح بي سي جي", "الأردن");
        // Shaped: the glyphs drawn are the joining forms (Arabic Presentation Forms-B), not isolated letters.
        assertThat(drawnCharacters(pdf).codePoints().filter(c -> c >= 0xFE70 && c <= 0xFEFF))
                .isNotEmpty();
        assertThat(drawnCharacters(pdf).codePoints().filter(c -> c >= 0x0621 && c <= 0x064A))
                .as("Arabic letters drawn unshaped")
                .isEmpty();
        // Tagged, in Arabic: a screen reader reads it in the right language.
        try (PDDocument loaded = Loader.loadPDF(pdf)) {
            assertThat(loaded.getDocumentCatalog().getLanguage()).isEqualTo("ar");
            assertThat(loaded.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
        }
    }

    // ---- The document: a small International Patient Summary of a migrant child, built here, not by a generator.

    private static Bundle summary() {
        Organization centre = new Organization().setName("IOM Migration Health Assessment Centre, Amman");

        Patient patient = new Patient();
        patient.addIdentifier().setSystem(PROJECT + "/sid/ephr-number").setValue("EPHR-JO-2025-018342");
        patient.addIdentifier()
                .setSystem(PROJECT + "/sid/passport")
                .setValue("N04512873")
                .setType(new CodeableConcept(
                        new Coding("http://terminology.hl7.org/CodeSystem/v2-0203", "PPN", "Passport number")));
        patient.addName(name("ar-Arab", "نور الحلبي").setUse(HumanName.NameUse.OFFICIAL));
        patient.addName(name("ar-Latn", "Nour Al-Halabi").setUse(HumanName.NameUse.USUAL));
        patient.setGender(AdministrativeGender.FEMALE);
        patient.getBirthDateElement().setValueAsString("2023-03-08");
        patient.addExtension()
                .setUrl("http://hl7.org/fhir/StructureDefinition/patient-nationality")
                .addExtension("code", new CodeableConcept(new Coding(ISO_3166, "SY", "Syrian Arab Republic")));

        Immunization bcg = new Immunization();
        bcg.setStatus(Immunization.ImmunizationStatus.COMPLETED);
        bcg.setVaccineCode(new CodeableConcept()
                .addCoding(new Coding("http://hl7.org/fhir/sid/cvx", "19", "Bacillus Calmette-Guerin vaccine"))
                .addCoding(new Coding(PROJECT + "/CodeSystem/national-vaccine-example-cs", "BCG", "BCG vaccine")));
        bcg.setOccurrence(new DateTimeType("2023-03-10"));
        bcg.addProtocolApplied().setDoseNumber(new PositiveIntType(1)).setSeriesDoses(new PositiveIntType(1));
        bcg.addExtension(new Extension(
                PROJECT + "/StructureDefinition/country-of-administration",
                new CodeableConcept(new Coding(ISO_3166, "JO", "Jordan"))));

        Observation chestXray = new Observation();
        chestXray.setStatus(Observation.ObservationStatus.FINAL);
        chestXray.setCode(
                loinc("18782-3", "Radiology Study observation (narrative)").setText("Chest X-ray for TB screening"));
        chestXray.setValue(new CodeableConcept(new Coding()
                .setSystem(PROJECT + "/CodeSystem/chest-xray-tb-reading-cs")
                .setCode("abnormal-suggestive-of-active-tb")));
        chestXray.setEffective(new DateTimeType("2025-11-20T10:05:00+03:00"));

        Condition tuberculosis = new Condition();
        tuberculosis.setCode(new CodeableConcept(new Coding(
                "http://hl7.org/fhir/sid/icd-10",
                "A15.0",
                "Tuberculosis of lung, confirmed by sputum microscopy with or without culture")));
        tuberculosis.setClinicalStatus(new CodeableConcept(
                new Coding("http://terminology.hl7.org/CodeSystem/condition-clinical", "active", "Active")));
        tuberculosis.setOnset(new DateTimeType("2025-11"));

        Flag treatment = new Flag();
        treatment.setStatus(Flag.FlagStatus.ACTIVE);
        treatment.setCode(new CodeableConcept().setText("On tuberculosis treatment: keep the treatment going"));
        treatment.getPeriod().setStartElement(new DateTimeType("2025-11-25"));

        Composition composition = new Composition();
        composition.setStatus(Composition.CompositionStatus.FINAL);
        composition.setType(loinc("60591-5", "Patient summary Document"));
        composition.setTitle("International Patient Summary");
        composition.setDateElement(new DateTimeType("2026-03-08T10:00:00+03:00"));

        Bundle bundle = new Bundle().setType(Bundle.BundleType.DOCUMENT);
        bundle.getIdentifier().setSystem("urn:ietf:rfc:3986").setValue("urn:uuid:" + UUID.randomUUID());
        add(bundle, composition);
        composition.setSubject(add(bundle, patient));
        composition.setCustodian(add(bundle, centre));
        composition.addAuthor(composition.getCustodian());
        composition
                .addSection()
                .setTitle("History of Immunizations")
                .setCode(loinc("11369-6", "History of Immunization Narrative"))
                .addEntry(add(bundle, bcg));
        composition
                .addSection()
                .setTitle("Problem List")
                .setCode(loinc("11450-4", "Problem list - Reported"))
                .addEntry(add(bundle, tuberculosis));
        composition
                .addSection()
                .setTitle("TB screening")
                .setCode(new CodeableConcept(new Coding(PROJECT + "/CodeSystem/summary-section", "tb-screening", null)))
                .addEntry(add(bundle, chestXray));
        composition
                .addSection()
                .setTitle("Allergies and Intolerances")
                .setCode(loinc("48765-2", "Allergies and adverse reactions Document"));
        composition
                .addSection()
                .setTitle("Alerts")
                .setCode(loinc("104605-1", "Alert"))
                .addEntry(add(bundle, treatment));
        return bundle;
    }

    private static HumanName name(String languageAndScript, String text) {
        HumanName name = new HumanName().setText(text);
        name.addExtension("http://hl7.org/fhir/StructureDefinition/language", new CodeType(languageAndScript));
        return name;
    }

    private static CodeableConcept loinc(String code, String display) {
        return new CodeableConcept(new Coding(LOINC, code, display));
    }

    /** Adds the resource at a urn:uuid, as documents do, and returns a reference to it by that URL. */
    private static Reference add(Bundle bundle, Resource resource) {
        String url = "urn:uuid:" + UUID.randomUUID();
        bundle.addEntry().setFullUrl(url).setResource(resource);
        return new Reference(url);
    }

    private static <T extends Resource> T resource(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(type::isInstance)
                .map(type::cast)
                .findFirst()
                .orElseThrow();
    }

    private static ConformancePackage conformancePackage() {
        try {
            var found = new PathMatchingResourcePatternResolver().getResources("classpath*:fhir/package/*.tgz");
            assertThat(found).hasSize(1);
            return new ConformancePackage("org.migrant-ephr.fhir", "test", found[0].getContentAsByteArray(), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- Reading the output as a reader would: the page's text, its headings, its rows; the PDF's text.

    /** Parsed as XML: the page must be well-formed, which is also what the PDF renderer needs. */
    private static Document parse(String html) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("Not well-formed:\n" + html, e);
        }
    }

    private static String text(Document page) {
        return page.getDocumentElement().getTextContent();
    }

    private static List<String> headings(Document page) {
        var nodes = page.getElementsByTagName("h2");
        List<String> headings = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            headings.add(nodes.item(i).getTextContent());
        }
        return headings;
    }

    /** The patient table's rows as "label: value". */
    private static List<String> rows(Document page) {
        var nodes = page.getElementsByTagName("tr");
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            var row = (Element) nodes.item(i);
            var th = row.getElementsByTagName("th");
            var td = row.getElementsByTagName("td");
            if (th.getLength() == 1 && td.getLength() == 1) {
                rows.add(th.item(0).getTextContent() + ": " + td.item(0).getTextContent());
            }
        }
        return rows;
    }

    private static String pdfText(byte[] pdf) {
        try (PDDocument loaded = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(loaded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The characters as drawn, glyph by glyph in drawing order, before extraction normalises them. */
    private static String drawnCharacters(byte[] pdf) throws IOException {
        StringBuilder drawn = new StringBuilder();
        var stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                drawn.append(text.getUnicode());
                super.processTextPosition(text);
            }
        };
        try (PDDocument loaded = Loader.loadPDF(pdf)) {
            stripper.getText(loaded);
        }
        return drawn.toString();
    }

    private static List<PDFont> fonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (var page : document.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }
}
