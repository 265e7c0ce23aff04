package org.ephr.server.consent;

import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;

/**
 * Reads a patient's custodian and active consents through the DAOs as the system (no access rules apply to these
 * internal reads), and keeps them in memory until a write of that Patient or one of its Consents evicts them.
 */
class PatientRecordFactsRepository {

    private final IFhirResourceDao<Patient> patients;
    private final IFhirResourceDao<Organization> organizations;
    private final IFhirResourceDao<Consent> consents;
    private final Cache<String, PatientRecordFacts> facts;
    private final Cache<String, String> organizationCountries;

    PatientRecordFactsRepository(
            IFhirResourceDao<Patient> patients,
            IFhirResourceDao<Organization> organizations,
            IFhirResourceDao<Consent> consents,
            ConsentProperties properties) {
        this.patients = patients;
        this.organizations = organizations;
        this.consents = consents;
        this.facts = Caffeine.newBuilder()
                .maximumSize(properties.factsCacheSize())
                .expireAfterWrite(properties.factsCacheTtl())
                .executor(Runnable::run)
                .build();
        this.organizationCountries = Caffeine.newBuilder()
                .maximumSize(10_000)
                .expireAfterWrite(properties.factsCacheTtl())
                .executor(Runnable::run)
                .build();
    }

    PatientRecordFacts factsFor(String patientId) {
        var cached = facts.getIfPresent(patientId);
        if (cached != null) {
            return cached;
        }
        var loaded = load(patientId);
        // An unknown patient is not remembered: it may be created in the very transaction that asked.
        if (loaded.exists()) {
            facts.put(patientId, loaded);
        }
        return loaded;
    }

    /** Read now, bypassing this node's cache: for work that other nodes' writes must not find stale. */
    PatientRecordFacts freshFactsFor(String patientId) {
        return load(patientId);
    }

    void evict(String patientId) {
        facts.invalidate(patientId);
    }

    void evictOrganization(String organizationId) {
        organizationCountries.invalidate(organizationId);
        // Patients' custodian countries came from it; organisations rarely change, so start afresh.
        facts.invalidateAll();
    }

    private PatientRecordFacts load(String patientId) {
        Patient patient;
        try {
            patient = patients.read(new IdType("Patient", patientId), new SystemRequestDetails());
        } catch (ResourceNotFoundException | ResourceGoneException e) {
            return PatientRecordFacts.UNKNOWN;
        }
        // Null while the transaction that creates the patient is still under way.
        return patient == null ? PatientRecordFacts.UNKNOWN : factsOf(patient, () -> activeConsents(patientId));
    }

    /** The facts of a Patient being created in the current transaction: its custodian, no consent yet. */
    PatientRecordFacts factsOfNew(Patient patient) {
        return factsOf(patient, List::of);
    }

    private PatientRecordFacts factsOf(Patient patient, Supplier<List<ConsentDirective>> consents) {
        String custodian =
                patient.getManagingOrganization().getReferenceElement().getIdPart();
        String country = custodian == null ? null : organizationCountries.get(custodian, this::countryOf);
        return new PatientRecordFacts(true, custodian, emptyToNull(country), consents);
    }

    private String countryOf(String organizationId) {
        try {
            var organization =
                    organizations.read(new IdType("Organization", organizationId), new SystemRequestDetails());
            return organization.getAddress().stream()
                    .map(Address::getCountry)
                    .filter(country -> country != null && !country.isBlank())
                    .findFirst()
                    .orElse("");
        } catch (ResourceNotFoundException | ResourceGoneException e) {
            return "";
        }
    }

    private List<ConsentDirective> activeConsents(String patientId) {
        var search = SearchParameterMap.newSynchronous()
                .add(Consent.SP_PATIENT, new ReferenceParam("Patient/" + patientId))
                .add(Consent.SP_STATUS, new TokenParam("active"));
        return consents.search(search, new SystemRequestDetails()).getAllResources().stream()
                .map(Consent.class::cast)
                .filter(consent -> consent.getScope().getCoding().stream()
                        .anyMatch(coding -> "patient-privacy".equals(coding.getCode())))
                .map(ConsentDirective::of)
                .toList();
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
