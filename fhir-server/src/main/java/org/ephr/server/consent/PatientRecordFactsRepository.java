package org.ephr.server.consent;

import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.jpa.model.entity.ResourceLink;
import ca.uhn.fhir.jpa.model.entity.ResourceTable;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Supplier;
import org.hibernate.query.NativeQuery;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;

/**
 * Reads a patient's custodian (from HAPI's reference index) and active consents (through the DAO, as the system: no
 * access rules apply to these internal reads), and keeps them in memory until a write of that Patient or one of its
 * Consents evicts them.
 */
class PatientRecordFactsRepository {

    private static final String MANAGING_ORGANIZATION = "Patient.managingOrganization";

    /** The patient (deleted or not) and each of its references: its target's id, or the URL of an external one. */
    private static final String PATIENT_AND_REFERENCES =
            """
            SELECT p.RES_DELETED_AT, l.SRC_PATH, t.FHIR_ID, l.TARGET_RESOURCE_URL
            FROM HFJ_RESOURCE p
            LEFT JOIN HFJ_RES_LINK l ON l.SRC_RESOURCE_ID = p.RES_ID
            LEFT JOIN HFJ_RESOURCE t ON t.RES_ID = l.TARGET_RESOURCE_ID
            WHERE p.RES_TYPE = 'Patient' AND p.FHIR_ID = ?1""";

    private final EntityManager entityManager;
    private final IFhirResourceDao<Organization> organizations;
    private final IFhirResourceDao<Consent> consents;
    private final Cache<String, PatientRecordFacts> facts;
    private final Cache<String, String> organizationCountries;

    PatientRecordFactsRepository(
            EntityManager entityManager,
            IFhirResourceDao<Organization> organizations,
            IFhirResourceDao<Consent> consents,
            ConsentProperties properties) {
        this.entityManager = entityManager;
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

    /**
     * Whether the patient exists and which Organization holds its record, in one query of HAPI's resource and
     * reference index tables rather than a read of the Patient: this runs on a large share of requests (whenever the
     * cache has no entry), and a read costs a transaction and a parse. The query names its tables to Hibernate, so
     * that a write transaction's own pending changes to them are flushed first, as a read would see them.
     */
    private PatientRecordFacts load(String patientId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery(PATIENT_AND_REFERENCES)
                .setParameter(1, patientId)
                .unwrap(NativeQuery.class)
                .addSynchronizedEntityClass(ResourceTable.class)
                .addSynchronizedEntityClass(ResourceLink.class)
                .getResultList();
        if (rows.isEmpty() || rows.get(0)[0] != null) {
            return PatientRecordFacts.UNKNOWN;
        }
        String custodian = rows.stream()
                .filter(row -> MANAGING_ORGANIZATION.equals(row[1]))
                .map(row -> row[2] != null ? (String) row[2] : new IdType((String) row[3]).getIdPart())
                .findFirst()
                .orElse(null);
        return factsOf(custodian, () -> activeConsents(patientId));
    }

    /**
     * The facts of a Patient a search has just loaded, in its current version: the cached ones, else its custodian
     * as the resource names it (no look-up), its consents read when needed. Not cached: a write may have evicted
     * this patient's facts since the resource was loaded.
     */
    PatientRecordFacts factsOfShown(Patient patient) {
        String patientId = patient.getIdElement().getIdPart();
        var cached = facts.getIfPresent(patientId);
        if (cached != null) {
            return cached;
        }
        return factsOf(
                patient.getManagingOrganization().getReferenceElement().getIdPart(), () -> activeConsents(patientId));
    }

    /** The facts of a Patient being created in the current transaction: its custodian, no consent yet. */
    PatientRecordFacts factsOfNew(Patient patient) {
        return factsOf(patient.getManagingOrganization().getReferenceElement().getIdPart(), List::of);
    }

    private PatientRecordFacts factsOf(String custodian, Supplier<List<ConsentDirective>> consents) {
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
