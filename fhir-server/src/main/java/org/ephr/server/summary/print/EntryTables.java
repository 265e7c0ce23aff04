package org.ephr.server.summary.print;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The tables of a section's entries: one per kind of entry, in the order the kinds first appear, each entry a
 * row. Immunizations, Observations and Conditions have their own columns; anything else gets a description and
 * a date, read from the elements most resources name alike.
 */
final class EntryTables {

    private static final String COUNTRY_OF_ADMINISTRATION =
            "https://fhir.migrant-ephr.org/StructureDefinition/country-of-administration";

    /** Elements that say what a resource is about, in the order they are tried. */
    private static final List<String> DESCRIPTIONS =
            List.of("code", "medication[x]", "vaccineCode", "substance", "type", "description", "device");
    /** Elements that date a resource, in the order they are tried. */
    private static final List<String> DATES = List.of(
            "effective[x]",
            "occurrence[x]",
            "onset[x]",
            "performed[x]",
            "authoredOn",
            "dateAsserted",
            "recordedDate",
            "period",
            "date",
            "issued");

    record Cell(String text, String note) {
        static Cell of(String text) {
            return new Cell(text, "");
        }
    }

    record Table(List<Label> headings, List<List<Cell>> rows) {}

    private enum Kind {
        IMMUNIZATION(Label.VACCINE, Label.DATE, Label.DOSE, Label.COUNTRY_OF_ADMINISTRATION),
        OBSERVATION(Label.TEST, Label.VALUE, Label.DATE, Label.INTERPRETATION),
        CONDITION(Label.CONDITION, Label.STATUS, Label.ONSET),
        OTHER(Label.ITEM, Label.DATE);

        private final List<Label> headings;

        Kind(Label... headings) {
            this.headings = List.of(headings);
        }
    }

    private final SummaryDocument document;
    private final Displays displays;

    EntryTables(SummaryDocument document, Displays displays) {
        this.document = document;
        this.displays = displays;
    }

    List<Table> of(List<Reference> entries) {
        Map<Kind, List<List<Cell>>> rows = new LinkedHashMap<>();
        for (Reference entry : entries) {
            Optional<Resource> resource = document.resolve(entry);
            if (resource.isEmpty()) {
                String display = entry.hasDisplay() ? entry.getDisplay() : "";
                rows.computeIfAbsent(Kind.OTHER, kind -> new ArrayList<>())
                        .add(List.of(new Cell(display, displays.labels().get(Label.NOT_IN_DOCUMENT)), Cell.of("")));
                continue;
            }
            Resource found = resource.get();
            Kind kind = kind(found);
            rows.computeIfAbsent(kind, k -> new ArrayList<>()).add(row(kind, found));
        }
        return rows.entrySet().stream()
                .map(kindRows -> new Table(kindRows.getKey().headings, List.copyOf(kindRows.getValue())))
                .toList();
    }

    private static Kind kind(Resource resource) {
        if (resource instanceof Immunization) {
            return Kind.IMMUNIZATION;
        }
        if (resource instanceof Observation) {
            return Kind.OBSERVATION;
        }
        if (resource instanceof Condition) {
            return Kind.CONDITION;
        }
        return Kind.OTHER;
    }

    private List<Cell> row(Kind kind, Resource resource) {
        return switch (kind) {
            case IMMUNIZATION -> immunization((Immunization) resource);
            case OBSERVATION -> observation((Observation) resource);
            case CONDITION -> condition((Condition) resource);
            case OTHER -> List.of(Cell.of(describe(resource, true)), Cell.of(date(resource)));
        };
    }

    private List<Cell> immunization(Immunization immunization) {
        String country = Optional.ofNullable(immunization.getExtensionByUrl(COUNTRY_OF_ADMINISTRATION))
                .map(extension -> displays.value(extension.getValue()))
                .orElse("");
        // A dose recorded as not given must not read as a dose given.
        String note =
                switch (immunization.getStatus()) {
                    case NOTDONE ->
                        joined(displays.labels().get(Label.NOT_GIVEN), displays.code(immunization.getStatusReason()));
                    case ENTEREDINERROR -> displays.labels().get(Label.ENTERED_IN_ERROR);
                    default -> "";
                };
        return List.of(
                new Cell(displays.code(immunization.getVaccineCode()), note),
                Cell.of(displays.when(immunization.getOccurrence())),
                Cell.of(dose(immunization)),
                Cell.of(country));
    }

    private String dose(Immunization immunization) {
        if (!immunization.hasProtocolApplied()) {
            return "";
        }
        var protocol = immunization.getProtocolAppliedFirstRep();
        String dose = primitive(protocol.getDoseNumber());
        String series = primitive(protocol.getSeriesDoses());
        if (dose.isEmpty() || series.isEmpty()) {
            return dose;
        }
        return displays.labels().doseOf(dose, series);
    }

    private List<Cell> observation(Observation observation) {
        String value = observation.hasValue()
                ? displays.value(observation.getValue())
                : observation.getComponent().stream()
                        .map(component ->
                                displays.code(component.getCode()) + ": " + displays.value(component.getValue()))
                        .collect(Collectors.joining("; "));
        String date = observation.hasEffective()
                ? displays.when(observation.getEffective())
                : displays.date(observation.getIssuedElement());
        String error = observation.getStatus() == Observation.ObservationStatus.ENTEREDINERROR
                ? displays.labels().get(Label.ENTERED_IN_ERROR)
                : "";
        return List.of(
                new Cell(displays.code(observation.getCode()), error),
                new Cell(value, notes(observation.getNote())),
                Cell.of(date),
                Cell.of(displays.codes(observation.getInterpretation())));
    }

    private List<Cell> condition(Condition condition) {
        Labels labels = displays.labels();
        String clinical = condition.getClinicalStatus().getCoding().stream()
                .map(coding -> labels.clinicalStatus(coding.getCode()))
                .flatMap(Optional::stream)
                .findFirst()
                .orElseGet(() -> displays.code(condition.getClinicalStatus()));
        // "Active, provisional" reads differently from "Active": the verification status is shown unless confirmed.
        String verification = condition.getVerificationStatus().getCoding().stream()
                .map(coding -> labels.verificationStatus(coding.getCode()))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse("");
        String status = joined(clinical, verification);
        String onset = condition.getOnset() instanceof Quantity age
                ? displays.value(age)
                : displays.when(condition.getOnset());
        return List.of(
                new Cell(displays.code(condition.getCode()), notes(condition.getNote())),
                Cell.of(status),
                Cell.of(onset));
    }

    /** What a resource of any type is about; one reference deep (a MedicationStatement's Medication). */
    private String describe(Resource resource, boolean followReferences) {
        for (String name : DESCRIPTIONS) {
            var property = resource.getNamedProperty(name);
            if (property == null) {
                continue;
            }
            for (Base value : property.getValues()) {
                String text = "";
                if (value instanceof CodeableConcept concept) {
                    text = displays.code(concept);
                } else if (value instanceof Reference reference) {
                    text = document.resolve(reference)
                            .filter(target -> followReferences)
                            .map(target -> describe(target, false))
                            .orElse(reference.hasDisplay() ? reference.getDisplay() : "");
                } else if (value instanceof IPrimitiveType<?> primitive) {
                    text = primitive(primitive);
                }
                if (!text.isBlank()) {
                    return text;
                }
            }
        }
        if (resource instanceof DomainResource domain
                && domain.hasText()
                && domain.getText().hasDiv()) {
            String narrative = domain.getText().getDiv().allText();
            if (narrative != null && !narrative.isBlank()) {
                return narrative.strip();
            }
        }
        return resource.fhirType();
    }

    private String date(Resource resource) {
        for (String name : DATES) {
            var property = resource.getNamedProperty(name);
            if (property != null && property.hasValues()) {
                String date = displays.when(property.getValues().get(0));
                if (!date.isBlank()) {
                    return date;
                }
            }
        }
        return "";
    }

    private static String joined(String first, String second) {
        if (first.isBlank() || second.isBlank()) {
            return first.isBlank() ? second : first;
        }
        return first + ", " + second;
    }

    private static String notes(List<Annotation> notes) {
        return notes.stream()
                .map(Annotation::getText)
                .filter(text -> text != null && !text.isBlank())
                .collect(Collectors.joining(" "));
    }

    private static String primitive(Object value) {
        return value instanceof IPrimitiveType<?> primitive && primitive.getValueAsString() != null
                ? primitive.getValueAsString()
                : "";
    }
}
