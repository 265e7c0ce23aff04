package org.ephr.server.matching;

import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.ParamPrefixEnum;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;

/**
 * {@code POST [base]/Patient/$match} (FHIR's MPI operation): the stored records that may be the same person as the
 * given Patient, best first, each with its grade ({@code match-grade} extension: certain, probable, possible), a
 * score and the reasons a reviewer reads. Candidates are found by identifier and by birth year (±2, estimated years
 * are common), then scored by {@link PatientMatcher}; they are searched with the caller's own request, so only
 * records the caller may see are compared. Nothing is merged: a reviewer links confirmed duplicates with
 * {@code Patient.link} (type {@code seealso}), which searches follow with {@code _include=Patient:link}.
 */
class PatientMatchOperation {

    static final String MATCH_GRADE = "http://hl7.org/fhir/StructureDefinition/match-grade";
    static final String MATCH_REASON = "https://fhir.migrant-ephr.org/StructureDefinition/match-reason";
    private static final int MAX_CANDIDATES = 2_000;

    private final IFhirResourceDao<Patient> patients;
    private final PatientMatcher matcher = new PatientMatcher();

    PatientMatchOperation(IFhirResourceDao<Patient> patients) {
        this.patients = patients;
    }

    @Operation(name = "$match", type = Patient.class, idempotent = false)
    public Bundle match(
            @OperationParam(name = "resource", min = 1, max = 1) Patient patient,
            @OperationParam(name = "onlyCertainMatches", max = 1) BooleanType onlyCertainMatches,
            @OperationParam(name = "count", max = 1) IntegerType count,
            RequestDetails request) {
        if (patient == null) {
            throw new InvalidRequestException("Give the Patient to match as the parameter 'resource'");
        }
        PatientFeatures wanted = PatientFeatures.of(patient);
        Map<String, Patient> candidates = new LinkedHashMap<>();
        patient.getIdentifier().stream()
                .filter(identifier -> identifier.hasSystem() && identifier.hasValue())
                .forEach(identifier -> search(
                        SearchParameterMap.newSynchronous()
                                .add(
                                        Patient.SP_IDENTIFIER,
                                        new TokenParam(identifier.getSystem(), identifier.getValue())),
                        request,
                        candidates));
        if (patient.hasBirthDate()) {
            int year = Integer.parseInt(
                    patient.getBirthDateElement().getValueAsString().substring(0, 4));
            search(
                    SearchParameterMap.newSynchronous()
                            .add(
                                    Patient.SP_BIRTHDATE,
                                    new ca.uhn.fhir.rest.param.DateRangeParam(
                                            new DateParam(ParamPrefixEnum.GREATERTHAN_OR_EQUALS, (year - 2) + "-01-01"),
                                            new DateParam(ParamPrefixEnum.LESSTHAN_OR_EQUALS, (year + 2) + "-12-31")))
                            .setCount(MAX_CANDIDATES),
                    request,
                    candidates);
        }
        if (patient.hasId()) {
            candidates.remove(patient.getIdElement().getIdPart());
        }
        MatchGrade floor = onlyCertainMatches != null && onlyCertainMatches.booleanValue()
                ? MatchGrade.CERTAIN
                : MatchGrade.POSSIBLE;
        List<Scored> scored = new ArrayList<>();
        for (Patient candidate : candidates.values()) {
            MatchResult result = matcher.match(wanted, PatientFeatures.of(candidate));
            if (result.grade().isAtLeast(floor)) {
                scored.add(new Scored(candidate, result));
            }
        }
        scored.sort(Comparator.comparingDouble((Scored s) -> s.result().score()).reversed());
        int limit = count == null || count.getValue() == null ? 10 : Math.max(1, count.getValue());
        var bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        for (Scored match : scored.subList(0, Math.min(limit, scored.size()))) {
            var search = bundle.addEntry()
                    .setFullUrl(match.patient()
                            .getIdElement()
                            .toUnqualifiedVersionless()
                            .getValue())
                    .setResource(match.patient())
                    .getSearch()
                    .setMode(Bundle.SearchEntryMode.MATCH)
                    .setScore(Math.min(1.0, Math.max(0.0, match.result().score() / 20.0)));
            search.addExtension(
                    new Extension(MATCH_GRADE, new CodeType(code(match.result().grade()))));
            match.result()
                    .reasons()
                    .forEach(reason -> search.addExtension(new Extension(MATCH_REASON, new StringType(reason))));
        }
        bundle.setTotal(bundle.getEntry().size());
        return bundle;
    }

    private void search(SearchParameterMap search, RequestDetails request, Map<String, Patient> into) {
        for (IBaseResource found : patients.searchForResources(search, request)) {
            into.putIfAbsent(found.getIdElement().getIdPart(), (Patient) found);
        }
    }

    private static String code(MatchGrade grade) {
        return switch (grade) {
            case CERTAIN -> "certain";
            case PROBABLE -> "probable";
            case POSSIBLE -> "possible";
            case NO_MATCH -> "certainly-not";
        };
    }

    private record Scored(Patient patient, MatchResult result) {}
}
