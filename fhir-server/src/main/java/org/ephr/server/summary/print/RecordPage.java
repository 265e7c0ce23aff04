package org.ephr.server.summary.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition.SectionComponent;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;

/** The record as one HTML page: the document's origin, the patient, then each section of the Composition. */
final class RecordPage {

    private static final String NATIONALITY = "http://hl7.org/fhir/StructureDefinition/patient-nationality";
    private static final String BIRTH_DATE_ESTIMATED =
            "https://fhir.migrant-ephr.org/StructureDefinition/birth-date-estimated";
    private static final String LOINC = "http://loinc.org";
    private static final String PROJECT_IDENTIFIERS = "https://fhir.migrant-ephr.org/sid/";

    /** The PDF renderer has this font; a browser falls back to its own sans-serif. */
    static final String FONT_FAMILY = "DejaVu Sans";

    private final SummaryDocument document;
    private final Displays displays;
    private final Labels labels;
    private final Locale locale;
    private final Html html = new Html();

    RecordPage(SummaryDocument document, Displays displays, Locale locale) {
        this.document = document;
        this.displays = displays;
        this.labels = displays.labels();
        this.locale = locale;
    }

    String render() {
        boolean rtl = labels.rightToLeft();
        html.trusted("<!DOCTYPE html>\n")
                .open("html", "lang", locale.toLanguageTag(), "dir", rtl ? "rtl" : "ltr")
                .open("head")
                .empty("meta", "charset", "UTF-8")
                .element("title", labels.get(Label.DOCUMENT_TITLE))
                .empty("meta", "name", "description", "content", labels.get(Label.SUMMARY_NOTICE))
                .open("style")
                .trusted(css(rtl))
                .close("style")
                .close("head")
                .open("body");
        header();
        patient();
        var sections = document.composition().getSection();
        for (SectionComponent section : sections) {
            section(section, "h2");
        }
        html.close("body").close("html");
        return html.toString();
    }

    private void header() {
        html.element("h1", labels.get(Label.DOCUMENT_TITLE));
        html.element("p", labels.get(Label.SUMMARY_NOTICE), "class", "notice");
        var composition = document.composition();
        html.open("table", "class", "facts");
        fact(Label.DOCUMENT_DATE, displays.date(composition.getDateElement()));
        fact(Label.ISSUED_BY, issuer());
        Identifier identifier =
                document.bundle().hasIdentifier() ? document.bundle().getIdentifier() : composition.getIdentifier();
        fact(Label.DOCUMENT_IDENTIFIER, identifier.getValue());
        html.close("table");
    }

    /** The custodian (the organisation answerable for the document), else its authors. */
    private String issuer() {
        var composition = document.composition();
        List<Reference> who =
                composition.hasCustodian() ? List.of(composition.getCustodian()) : composition.getAuthor();
        return who.stream().map(this::nameOf).filter(name -> !name.isBlank()).collect(Collectors.joining(", "));
    }

    private String nameOf(Reference reference) {
        Optional<Resource> resource = document.resolve(reference);
        String name = resource.map(found -> {
                    if (found instanceof Organization organization) {
                        return organization.getName();
                    }
                    if (found instanceof Practitioner practitioner && practitioner.hasName()) {
                        return name(practitioner.getNameFirstRep());
                    }
                    if (found instanceof Device device && device.hasDeviceName()) {
                        return device.getDeviceNameFirstRep().getName();
                    }
                    return null;
                })
                .orElse(null);
        return name != null ? name : Objects.toString(reference.getDisplay(), "");
    }

    private void patient() {
        Optional<Patient> found = document.patient();
        if (found.isEmpty()) {
            return;
        }
        Patient patient = found.get();
        html.open("div", "class", "section patient");
        html.element("h2", labels.get(Label.PATIENT));
        html.open("table", "class", "facts");
        // A name as the person writes it, and its transliteration labelled as such when the scripts differ.
        List<String> names = patient.getName().stream().map(RecordPage::name).toList();
        boolean otherScript = names.stream().anyMatch(name -> !latin(name));
        for (String name : names) {
            fact(otherScript && latin(name) ? Label.NAME_LATIN : Label.NAME, name);
        }
        if (patient.hasBirthDateElement()) {
            String birthDate = displays.date(patient.getBirthDateElement());
            Extension estimated = patient.getBirthDateElement().getExtensionByUrl(BIRTH_DATE_ESTIMATED);
            if (estimated != null && estimated.getValue() instanceof BooleanType flag && flag.booleanValue()) {
                birthDate += " (" + labels.get(Label.ESTIMATED) + ")";
            }
            fact(Label.BIRTH_DATE, birthDate);
        }
        if (patient.hasGender()) {
            fact(Label.SEX, labels.gender(patient.getGender().toCode()));
        }
        for (Extension nationality : patient.getExtensionsByUrl(NATIONALITY)) {
            Extension code = nationality.getExtensionByUrl("code");
            if (code != null && code.getValue() instanceof CodeableConcept country) {
                fact(Label.NATIONALITY, displays.code(country));
            }
        }
        for (Identifier identifier : patient.getIdentifier()) {
            fact(identifierLabel(identifier), identifier.getValue());
        }
        html.close("table");
        html.close("div");
    }

    private static Label identifierLabel(Identifier identifier) {
        String system = Objects.toString(identifier.getSystem(), "");
        if (!system.startsWith(PROJECT_IDENTIFIERS)) {
            return identifier.getType().getCoding().stream().anyMatch(coding -> "PPN".equals(coding.getCode()))
                    ? Label.PASSPORT
                    : Label.IDENTIFIER;
        }
        return switch (system.substring(PROJECT_IDENTIFIERS.length())) {
            case "ephr-number" -> Label.EPHR_NUMBER;
            case "passport" -> Label.PASSPORT;
            case "unhcr-case" -> Label.UNHCR_CASE;
            case "iom-case" -> Label.IOM_CASE;
            default -> Label.IDENTIFIER;
        };
    }

    private static String name(HumanName name) {
        if (name.hasText()) {
            return name.getText();
        }
        List<String> parts = new ArrayList<>();
        name.getGiven().stream().map(StringType::getValue).forEach(parts::add);
        if (name.hasFamily()) {
            parts.add(name.getFamily());
        }
        return parts.stream().filter(Objects::nonNull).collect(Collectors.joining(" "));
    }

    /** Whether every letter of the text is in the Latin script. */
    private static boolean latin(String text) {
        return text.codePoints()
                .filter(Character::isLetter)
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    private void fact(Label label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        html.open("tr").element("th", labels.get(label), "scope", "row");
        html.open("td").isolated(value).close("td").close("tr");
    }

    private void section(SectionComponent section, String heading) {
        html.open("div", "class", "section");
        html.element(heading, heading(section));
        var tables = new EntryTables(document, displays).of(section.getEntry());
        for (var table : tables) {
            table(table);
        }
        if (tables.isEmpty()) {
            String emptyReason = displays.code(section.getEmptyReason());
            String narrative = section.hasText() && section.getText().hasDiv()
                    ? Objects.toString(section.getText().getDiv().allText(), "").strip()
                    : "";
            // Without entries the narrative is all the section says; with them, the tables say it in this language.
            String said = !emptyReason.isBlank() ? emptyReason : narrative;
            html.element("p", said.isBlank() ? labels.get(Label.NO_INFORMATION) : said, "class", "empty");
        }
        for (SectionComponent subsection : section.getSection()) {
            section(subsection, "h3");
        }
        html.close("div");
    }

    /**
     * A known IPS section's heading in this language, else the terminology's name for the section's code in it,
     * else the title the document gives.
     */
    private String heading(SectionComponent section) {
        for (Coding coding : section.getCode().getCoding()) {
            if (LOINC.equals(coding.getSystem())) {
                Optional<String> known = labels.section(coding.getCode());
                if (known.isPresent()) {
                    return known.get();
                }
            }
        }
        return displays.translated(section.getCode())
                .or(() -> Optional.ofNullable(section.getTitle()).filter(title -> !title.isBlank()))
                .orElseGet(() -> displays.code(section.getCode()));
    }

    private void table(EntryTables.Table table) {
        html.open("table", "class", "entries").open("thead").open("tr");
        for (Label heading : table.headings()) {
            html.element("th", labels.get(heading), "scope", "col");
        }
        html.close("tr").close("thead").open("tbody");
        for (var row : table.rows()) {
            html.open("tr");
            for (var cell : row) {
                html.open("td").isolated(cell.text());
                if (!cell.note().isBlank()) {
                    html.open("div", "class", "note").isolated(cell.note()).close("div");
                }
                html.close("td");
            }
            html.close("tr");
        }
        html.close("tbody").close("table");
    }

    /** Inline so the page stands alone (printed, saved, mailed). No record text ever reaches it. */
    private static String css(boolean rtl) {
        String start = rtl ? "right" : "left";
        return """
                @page { size: A4; margin: 16mm 14mm 18mm 14mm;
                  @bottom-center { content: counter(page) " / " counter(pages); font-family: '%1$s', sans-serif;
                    font-size: 8pt; color: #444; } }
                html { font-family: '%1$s', 'Noto Sans', 'Noto Sans Arabic', Arial, sans-serif; font-size: 10pt;
                  color: #111; line-height: 1.35; }
                body { margin: 0; }
                h1 { font-size: 16pt; margin: 0 0 6pt 0; }
                h2 { font-size: 12.5pt; margin: 14pt 0 4pt 0; padding-bottom: 2pt; border-bottom: 1.2pt solid #222;
                  page-break-after: avoid; }
                h3 { font-size: 11pt; margin: 10pt 0 4pt 0; page-break-after: avoid; }
                p { margin: 4pt 0; }
                .notice { border: 1pt solid #222; padding: 4pt 6pt; font-weight: bold; }
                .empty { color: #444; font-style: italic; }
                table { width: 100%%; border-collapse: collapse; margin: 2pt 0 8pt 0; }
                thead { display: table-header-group; }
                .entries { -fs-table-paginate: paginate; }
                tr { page-break-inside: avoid; }
                th, td { border: 0.6pt solid #888; padding: 3pt 5pt; vertical-align: top; text-align: %2$s; }
                thead th { background-color: #e6e6e6; }
                .facts th { width: 32%%; background-color: #f2f2f2; font-weight: bold; }
                .note { font-size: 8.5pt; color: #333; margin-top: 2pt; }
                @media screen { body { max-width: 190mm; margin: 1em auto; padding: 0 1em; } }
                """
                .formatted(FONT_FAMILY, start);
    }
}
