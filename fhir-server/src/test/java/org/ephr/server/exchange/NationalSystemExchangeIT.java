package org.ephr.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.ephr.server.support.ClinicalFixtures;
import org.ephr.server.support.SecuredServerTestBase;
import org.ephr.synthetic.MigrantPopulation;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A national EHR system (the confidential client {@code national-ehr-jo}, through HAPI's generic client) exchanging
 * records with the e-PHR: sends, re-sends after a timeout, conflicts, refused bundles and incremental sync, each
 * checked against what the database holds.
 */
class NationalSystemExchangeIT extends SecuredServerTestBase {

    private static final String SOURCE_RECORD = "https://fhir.migrant-ephr.org/sid/source-record";
    /** A seed of its own, so that neither other tests nor earlier runs on the same database share its people. */
    private static final MigrantPopulation POPULATION =
            new MigrantPopulation(ClinicalFixtures.newPopulationSeed(), LocalDate.of(2026, 10, 31)).idempotent();

    /** HAPI's first search pass loads max(13, _count) + 1 results: with 13, one result held back leaves a page. */
    private static final int SMALL_PAGE = 13;

    private IGenericClient nationalSystem;

    @BeforeEach
    void connect() {
        storeDemoOrganizations();
        var factory = FHIR.getRestfulClientFactory();
        factory.setServerValidationMode(ServerValidationModeEnum.NEVER);
        // The first transactions of a fresh server validate against cold caches.
        factory.setSocketTimeout(60_000);
        nationalSystem = FHIR.newRestfulGenericClient(fhirBase());
        nationalSystem.registerInterceptor(new BearerTokenAuthInterceptor(clientTokenOf(NATIONAL_EHR_JO)));
    }

    @Test
    void transactionWhenResentAfterTimeoutThenNothingStoredTwice() {
        Bundle person = POPULATION.person(1);
        int entries = person.getEntry().size();

        Bundle first = nationalSystem.transaction().withBundle(person).execute();
        Bundle resent =
                nationalSystem.transaction().withBundle(POPULATION.person(1)).execute();

        assertThat(first.getEntry())
                .allSatisfy(entry -> assertThat(entry.getResponse().getStatus()).startsWith("201"));
        assertThat(resent.getEntry())
                .allSatisfy(entry -> assertThat(entry.getResponse().getStatus()).startsWith("200"));
        assertThat(locations(resent)).isEqualTo(locations(first));
        String patientId = new org.hl7.fhir.r4.model.IdType(
                        first.getEntryFirstRep().getResponse().getLocation())
                .getIdPart();
        assertThat(storedInCompartment(Observation.class, patientId)
                        + storedInCompartment(Encounter.class, patientId)
                        + storedInCompartment(Immunization.class, patientId)
                        + storedInCompartment(org.hl7.fhir.r4.model.Condition.class, patientId)
                        + 1)
                .as("one of each, as in the bundle")
                .isEqualTo(entries);
        assertThat(patientsWithEphrNumber(POPULATION.ephrNumber(1))).isEqualTo(1);
    }

    @Test
    void updateWhenAnotherSystemChangedItFirstThenPreconditionFailedAndTheirChangeKept() {
        Bundle stored =
                nationalSystem.transaction().withBundle(POPULATION.person(2)).execute();
        String patientLocation = stored.getEntryFirstRep().getResponse().getLocation();
        Patient mine = nationalSystem
                .read()
                .resource(Patient.class)
                .withUrl(new org.hl7.fhir.r4.model.IdType(patientLocation).toVersionless())
                .execute();
        Patient theirs = mine.copy();
        theirs.addTelecom()
                .setSystem(org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem.PHONE)
                .setValue("+962 7 1234 5678");
        nationalSystem.update().resource(theirs).withId(theirs.getIdElement()).execute();

        mine.setGender(org.hl7.fhir.r4.model.Enumerations.AdministrativeGender.OTHER);
        assertThatThrownBy(() -> nationalSystem
                        .update()
                        .resource(mine)
                        .withId(mine.getIdElement())
                        .execute())
                .isInstanceOf(PreconditionFailedException.class);

        Patient now = daos.getResourceDao(Patient.class)
                .read(mine.getIdElement().toVersionless(), new SystemRequestDetails());
        assertThat(now.getTelecomFirstRep().getValue()).isEqualTo("+962 7 1234 5678");
        assertThat(now.getGender()).isNotEqualTo(org.hl7.fhir.r4.model.Enumerations.AdministrativeGender.OTHER);
    }

    @Test
    void transactionWhenOneEntryViolatesItsProfileThenUnprocessableAndNothingWritten() {
        Bundle person = POPULATION.person(3);
        Immunization broken = (Immunization) person.getEntry().stream()
                .filter(entry -> entry.getResource() instanceof Immunization)
                .findFirst()
                .orElseThrow()
                .getResource();
        broken.getExtension().clear(); // the migrant profile requires the country of administration
        int patientsBefore = patientsWithEphrNumber(POPULATION.ephrNumber(3));

        assertThatThrownBy(() -> nationalSystem.transaction().withBundle(person).execute())
                .isInstanceOfSatisfying(BaseServerResponseException.class, refused -> {
                    assertThat(refused.getStatusCode()).isEqualTo(422);
                    assertThat(issues(refused)).contains("countryOfAdministration");
                });
        assertThat(patientsWithEphrNumber(POPULATION.ephrNumber(3)))
                .isEqualTo(patientsBefore)
                .isZero();
        assertThat(storedWithSourceRecord(Immunization.class, sourceRecordOf(broken)))
                .isZero();
    }

    @Test
    void transactionWhenPatientReferenceDoesNotResolveThenRefusedAndNothingWritten() {
        Bundle person = POPULATION.person(4);
        Observation orphan = new Observation();
        orphan.setStatus(Observation.ObservationStatus.FINAL);
        orphan.getCode().addCoding().setSystem("http://loinc.org").setCode("29463-7");
        orphan.setSubject(new Reference("Patient/no-such-patient"));
        person.addEntry()
                .setResource(orphan)
                .getRequest()
                .setMethod(Bundle.HTTPVerb.POST)
                .setUrl("Observation");

        assertThatThrownBy(() -> nationalSystem.transaction().withBundle(person).execute())
                .isInstanceOfSatisfying(BaseServerResponseException.class, refused -> {
                    // Whether the patient is missing or only not shared is not told apart (403 either way).
                    assertThat(refused.getStatusCode()).isEqualTo(403);
                    assertThat(issues(refused)).contains("does not exist here or is not shared with you");
                });
        assertThat(patientsWithEphrNumber(POPULATION.ephrNumber(4))).isZero();
    }

    @Test
    void transactionWhenTooManyEntriesThenPayloadTooLargeAndNothingWritten() {
        Bundle huge = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        for (int i = 0; i < 1001; i++) {
            Patient patient = new Patient();
            patient.addIdentifier().setSystem(SOURCE_RECORD).setValue("too-many-" + i);
            huge.addEntry()
                    .setResource(patient)
                    .getRequest()
                    .setMethod(Bundle.HTTPVerb.POST)
                    .setUrl("Patient");
        }

        assertThatThrownBy(() -> nationalSystem.transaction().withBundle(huge).execute())
                .isInstanceOfSatisfying(
                        BaseServerResponseException.class,
                        refused -> assertThat(refused.getStatusCode()).isEqualTo(413));
        assertThat(storedWithSourceRecord(Patient.class, "too-many-0")).isZero();
    }

    @Test
    void syncWhenPagingWhileOthersWriteThenEveryChangeSeenOnceAfterOverlap() throws Exception {
        // Test and server share a clock; a second of margin covers the resolution of stored timestamps.
        InstantType since = new InstantType(new java.util.Date(System.currentTimeMillis() - 1_000));
        List<Bundle> before = new ArrayList<>();
        for (int i = 10; i < 16; i++) {
            before.add(nationalSystem
                    .transaction()
                    .withBundle(POPULATION.person(i))
                    .execute());
        }
        Set<String> expected = new HashSet<>();
        before.forEach(response -> expected.addAll(versionedLocations(response, "Observation")));

        // Page through what changed since `since` while another client keeps writing.
        Set<String> seen = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        CompletableFuture<List<Bundle>> concurrent = CompletableFuture.supplyAsync(() -> {
            List<Bundle> written = new ArrayList<>();
            for (int i = 16; i < 22; i++) {
                written.add(nationalSystem
                        .transaction()
                        .withBundle(POPULATION.person(i))
                        .execute());
            }
            return written;
        });
        InstantType highWater = since;
        Bundle page = changedSince(since);
        while (page != null) {
            for (var entry : page.getEntry()) {
                String versioned =
                        entry.getResource().getIdElement().toUnqualified().getValue();
                if (!seen.add(versioned)) {
                    duplicates.add(versioned);
                }
                InstantType updated = entry.getResource().getMeta().getLastUpdatedElement();
                highWater = updated.getValue().after(highWater.getValue()) ? updated : highWater;
            }
            page = page.getLink(Bundle.LINK_NEXT) == null
                    ? null
                    : nationalSystem.loadPage().next(page).execute();
        }
        List<Bundle> during = concurrent.get();
        assertThat(duplicates).as("no change twice within one sync").isEmpty();
        assertThat(seen).containsAll(expected);

        // The next sync starts a little before the last change seen, and drops what it already has.
        InstantType overlap =
                new InstantType(new java.util.Date(highWater.getValue().getTime() - 5_000));
        seen.addAll(onEveryPage(changedSince(overlap)));
        during.forEach(response -> expected.addAll(versionedLocations(response, "Observation")));
        assertThat(seen).containsAll(expected);
    }

    @Test
    void syncWhenChangesItMayNotSeeAreAmongThemThenPagingStillReachesEveryChangeItMay() {
        InstantType since = new InstantType(new java.util.Date(System.currentTimeMillis() - 1_000));
        // First in the window: a record held in Berlin, which a Jordanian system may not see.
        String hidden = storeBerlinObservation();
        Set<String> expected = new HashSet<>();
        for (int i = 40; i < 43; i++) {
            expected.addAll(versionedLocations(
                    nationalSystem
                            .transaction()
                            .withBundle(POPULATION.person(i))
                            .execute(),
                    "Observation"));
        }
        // More than HAPI's first pass loads, so that a next page must follow.
        assertThat(expected).hasSizeGreaterThan(SMALL_PAGE + 1);

        Set<String> seen = onEveryPage(changedSince(since, SMALL_PAGE));

        assertThat(seen).containsAll(expected).noneMatch(id -> id.startsWith(hidden + "/"));
    }

    @Test
    void searchWhenAFullPageOfResultsBesideOneItMayNotSeeThenPagedAsIfThatOneDidNotExist() {
        String hidden = storeBerlinObservation();
        List<String> visible = new ArrayList<>();
        for (int i = 46; visible.size() < SMALL_PAGE; i++) {
            visible.addAll(
                    versionedLocations(
                                    nationalSystem
                                            .transaction()
                                            .withBundle(POPULATION.person(i))
                                            .execute(),
                                    "Observation")
                            .stream()
                            .map(id -> new org.hl7.fhir.r4.model.IdType(id).getIdPart())
                            .toList());
        }
        List<String> page = visible.subList(0, SMALL_PAGE);

        Bundle withHidden = byIds(hidden.substring("Observation/".length()) + "," + String.join(",", page));
        Bundle without = byIds(String.join(",", page));

        assertThat(withHidden.getEntry()).hasSize(SMALL_PAGE);
        assertThat(without.getEntry()).hasSize(SMALL_PAGE);
        // A next link only where the hidden one is would tell that it exists.
        assertThat(withHidden.getLink(Bundle.LINK_NEXT)).isNull();
        assertThat(without.getLink(Bundle.LINK_NEXT)).isNull();
    }

    @Test
    void historyWhenPagedPastChangesItMayNotSeeThenEveryChangeItMayListedAndNoneOther() {
        InstantType since = new InstantType(new java.util.Date(System.currentTimeMillis() - 1_000));
        Set<String> expected = new HashSet<>(versionedLocations(
                nationalSystem.transaction().withBundle(POPULATION.person(44)).execute(), "Observation"));
        String hidden = storeBerlinObservation();
        expected.addAll(versionedLocations(
                nationalSystem.transaction().withBundle(POPULATION.person(45)).execute(), "Observation"));

        Set<String> seen = onEveryPage(nationalSystem
                .history()
                .onType(Observation.class)
                .returnBundle(Bundle.class)
                .since(since)
                .count(3)
                .execute());

        assertThat(seen).containsAll(expected).noneMatch(id -> id.startsWith(hidden + "/"));
    }

    @Test
    void historyWhenRecordReadChangedAndSentBackThenEveryVersionListed() {
        Bundle stored =
                nationalSystem.transaction().withBundle(POPULATION.person(30)).execute();
        var patientId = new org.hl7.fhir.r4.model.IdType(
                        stored.getEntryFirstRep().getResponse().getLocation())
                .toVersionless();
        Patient patient =
                nationalSystem.read().resource(Patient.class).withUrl(patientId).execute();
        patient.addTelecom()
                .setSystem(org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem.PHONE)
                .setValue("+49 30 1234");
        nationalSystem.update().resource(patient).execute();

        Bundle history = nationalSystem
                .history()
                .onInstance(patientId)
                .returnBundle(Bundle.class)
                .execute();

        assertThat(history.getEntry())
                .extracting(entry -> entry.getResource().getIdElement().getVersionIdPart())
                .containsExactly("2", "1");
    }

    /** The versioned ids of the entries on this page and every page its next links lead to. */
    private Set<String> onEveryPage(Bundle first) {
        Set<String> seen = new HashSet<>();
        for (Bundle page = first; page != null; ) {
            page.getEntry()
                    .forEach(entry -> seen.add(
                            entry.getResource().getIdElement().toUnqualified().getValue()));
            page = page.getLink(Bundle.LINK_NEXT) == null
                    ? null
                    : nationalSystem.loadPage().next(page).execute();
        }
        return seen;
    }

    private Bundle byIds(String ids) {
        return nationalSystem
                .search()
                .byUrl("Observation?_id=" + ids + "&_count=" + SMALL_PAGE)
                .returnBundle(Bundle.class)
                .execute();
    }

    /** An Observation of a record held in Berlin, which a Jordanian system may not see; its {@code Type/id}. */
    private String storeBerlinObservation() {
        var patient = ClinicalFixtures.patient(ClinicalFixtures.newEphrNumber());
        patient.setManagingOrganization(new Reference("Organization/site-de-berlin"));
        patient = storeAsSystem(patient);
        var observation = storeAsSystem(
                ClinicalFixtures.bodyWeight(new Reference(patient.getIdElement().toUnqualifiedVersionless()), 61.0));
        return observation.getIdElement().toUnqualifiedVersionless().getValue();
    }

    private Bundle changedSince(InstantType since) {
        return changedSince(since, 25);
    }

    private Bundle changedSince(InstantType since, int pageSize) {
        return nationalSystem
                .search()
                .forResource(Observation.class)
                .lastUpdated(new ca.uhn.fhir.rest.param.DateRangeParam(since.getValue(), null))
                .sort()
                .ascending("_lastUpdated")
                .count(pageSize)
                .returnBundle(Bundle.class)
                .execute();
    }

    private static Set<String> versionedLocations(Bundle transactionResponse, String type) {
        Set<String> locations = new HashSet<>();
        transactionResponse.getEntry().stream()
                .map(entry -> entry.getResponse().getLocation())
                .filter(location -> location.startsWith(type + "/"))
                .map(location -> new org.hl7.fhir.r4.model.IdType(location)
                        .toUnqualified()
                        .getValue())
                .forEach(locations::add);
        return locations;
    }

    private static List<String> locations(Bundle transactionResponse) {
        return transactionResponse.getEntry().stream()
                .map(entry -> new org.hl7.fhir.r4.model.IdType(
                                entry.getResponse().getLocation())
                        .toUnqualifiedVersionless()
                        .getValue())
                .toList();
    }

    private int storedInCompartment(Class<? extends IBaseResource> type, String patientId) {
        String parameter = type == Immunization.class ? "patient" : "subject";
        var search = SearchParameterMap.newSynchronous()
                .add(parameter, new ca.uhn.fhir.rest.param.ReferenceParam("Patient/" + patientId));
        return daos.getResourceDao(type)
                .search(search, new SystemRequestDetails())
                .size();
    }

    private int patientsWithEphrNumber(String ephrNumber) {
        var search = SearchParameterMap.newSynchronous()
                .add(Patient.SP_IDENTIFIER, new TokenParam(MigrantPopulation.EPHR_NUMBER_SYSTEM, ephrNumber));
        return daos.getResourceDao(Patient.class)
                .search(search, new SystemRequestDetails())
                .size();
    }

    private int storedWithSourceRecord(Class<? extends IBaseResource> type, String value) {
        var search = SearchParameterMap.newSynchronous().add("identifier", new TokenParam(SOURCE_RECORD, value));
        return daos.getResourceDao(type)
                .search(search, new SystemRequestDetails())
                .size();
    }

    private static String sourceRecordOf(Immunization immunization) {
        return immunization.getIdentifier().stream()
                .filter(identifier -> SOURCE_RECORD.equals(identifier.getSystem()))
                .findFirst()
                .orElseThrow()
                .getValue();
    }

    private static String issues(BaseServerResponseException refused) {
        return refused.getOperationOutcome() instanceof OperationOutcome outcome
                ? FHIR.newJsonParser().encodeResourceToString(outcome)
                : refused.getMessage();
    }
}
