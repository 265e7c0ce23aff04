package org.ephr.server.summary;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.ips.generator.IpsGeneratorSvcImpl;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.ephr.server.support.ClinicalFixtures;
import org.ephr.server.support.SecuredServerTestBase;
import org.ephr.synthetic.MigrantPopulation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The International Patient Summary a clinician at a transit or destination site reads: HAPI's IPS document with the
 * e-PHR's sections, for a migrant assessed (here) in Amman, under the patient's consent.
 */
class PatientSummaryIT extends SecuredServerTestBase {

    private static final MigrantPopulation POPULATION =
            new MigrantPopulation(ClinicalFixtures.newPopulationSeed(), LocalDate.of(2026, 10, 31)).idempotent();
    private static final String SECTIONS = "https://fhir.migrant-ephr.org/CodeSystem/summary-section-cs";
    private static String patientId;
    private static Bundle sent;

    @Autowired
    private FhirContext fhirContext;

    @BeforeEach
    void migrantAssessedInAmman() {
        if (patientId != null) {
            return;
        }
        storeDemoOrganizations();
        // An adult with a diagnosis: chest X-ray, vaccinations and a condition to summarise.
        sent = person(bundle -> !resources(bundle, Condition.class).isEmpty()
                && resources(bundle, Observation.class).stream().anyMatch(MigrantSummaryStrategy::isTbTest));
        HttpResponse<String> response = post(tokenOf("dr.amal"), "", sent);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        patientId = new IdType(bundle(response).getEntryFirstRep().getResponse().getLocation()).getIdPart();
    }

    @Test
    void summaryWhenCustodianReadsThenIpsDocumentWithMigrantSections() {
        HttpResponse<String> response = get(tokenOf("dr.amal"), "Patient/" + patientId + "/$summary");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Bundle document = bundle(response);
        assertThat(document.getType()).isEqualTo(Bundle.BundleType.DOCUMENT);
        Composition composition = (Composition) document.getEntryFirstRep().getResource();
        Map<String, Composition.SectionComponent> sections = composition.getSection().stream()
                .collect(Collectors.toMap(
                        section -> section.getCode().getCodingFirstRep().getCode(), s -> s));
        assertThat(sections).containsKeys("11369-6", "11450-4", "tb-screening");
        String author = composition.getAuthorFirstRep().getReference();
        assertThat(author).as("IPS requires an author").isNotBlank();
        assertThat(document.getEntry())
                .as("the author is in the document")
                .anyMatch(entry -> author.equals(entry.getFullUrl())
                        && entry.getResource() instanceof org.hl7.fhir.r4.model.Organization);

        List<Resource> immunizations = entries(document, sections.get("11369-6"));
        assertThat(immunizations)
                .hasSize(resources(sent, Immunization.class).size())
                .allSatisfy(resource -> assertThat(((Immunization) resource)
                                .getExtensionByUrl(
                                        "https://fhir.migrant-ephr.org/StructureDefinition/country-of-administration"))
                        .isNotNull());
        assertThat(sections.get("11369-6").getText().getDivAsString())
                .as("the narrative shows where each dose was given")
                .contains("<th>Country</th>");
        List<Resource> tbResults = entries(document, sections.get("tb-screening"));
        assertThat(tbResults).isNotEmpty().allSatisfy(resource -> assertThat(
                        MigrantSummaryStrategy.isTbTest((Observation) resource))
                .isTrue());
        assertThat(sections.get("tb-screening").getCode().getCodingFirstRep().getSystem())
                .isEqualTo(SECTIONS);
        if (sections.containsKey("30954-2")) {
            assertThat(entries(document, sections.get("30954-2")))
                    .as("TB tests are not listed twice")
                    .noneMatch(resource -> resource instanceof Observation observation
                            && MigrantSummaryStrategy.isTbTest(observation));
        }
        assertThat(entries(document, sections.get("11450-4"))).hasSameSizeAs(resources(sent, Condition.class));
    }

    /**
     * The narratives are rendered once per server by a shared template engine, not by HAPI's generator: the same
     * HTML as HAPI's own generator renders from the same templates, and the same again for the next document.
     */
    @Test
    void summaryNarrativesWhenRenderedBySharedEngineThenSameAsHapisGeneratorForEveryDocument() {
        var hapiStrategy = new MigrantSummaryStrategy("Migrant e-PHR") {
            @Override
            public List<String> getNarrativePropertyFiles() {
                return narrativeTemplateFiles();
            }
        };
        hapiStrategy.setFhirContext(fhirContext);
        hapiStrategy.setDaoRegistry(daos);
        var hapi = new IpsGeneratorSvcImpl(fhirContext, hapiStrategy);
        var strategy = new MigrantSummaryStrategy("Migrant e-PHR");
        strategy.setFhirContext(fhirContext);
        strategy.setDaoRegistry(daos);
        var shared = new CachingIpsGeneratorSvc(fhirContext, strategy);
        var request = new SystemRequestDetails();
        request.setFhirServerBase(fhirBase());
        var patient = new IdType("Patient", patientId);

        Map<String, String> expected = narratives((Bundle) hapi.generateIps(request, patient, null));
        Map<String, String> first = narratives((Bundle) shared.generateIps(request, patient, null));
        Map<String, String> second = narratives((Bundle) shared.generateIps(request, patient, null));

        assertThat(expected).containsKeys("composition", "11369-6", "tb-screening");
        assertThat(expected.get("11369-6")).contains("<th>Country</th>");
        assertThat(first).isEqualTo(expected);
        assertThat(second).isEqualTo(expected);
    }

    /** The Composition's and each section's narrative, random identifiers (generated per document) masked. */
    private static Map<String, String> narratives(Bundle document) {
        Composition composition = (Composition) document.getEntryFirstRep().getResource();
        Map<String, String> narratives = new TreeMap<>();
        narratives.put("composition", composition.getText().getDivAsString());
        for (Composition.SectionComponent section : composition.getSection()) {
            narratives.put(
                    section.getCode().getCodingFirstRep().getCode(),
                    section.getText()
                            .getDivAsString()
                            .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "UUID"));
        }
        return narratives;
    }

    @Test
    void summaryWhenHandedOutThenSignedOverItsBytesAndTamperingDetected() {
        HttpResponse<String> response = get(tokenOf("dr.amal"), "Patient/" + patientId + "/$summary");
        String signature = response.headers().firstValue("Document-Signature").orElseThrow();

        var intact = verifySignature(response.body(), signature);
        var altered =
                verifySignature(response.body().replaceFirst("\"title\": ?\"", "\"title\":\"Altered "), signature);

        assertThat(intact.getParameterBool("valid"))
                .as(intact.getParameter("reason").getValue().primitiveValue())
                .isTrue();
        assertThat(intact.getParameter("signer").getValue().primitiveValue()).isEqualTo("Migrant e-PHR");
        assertThat(altered.getParameterBool("valid")).isFalse();
    }

    private org.hl7.fhir.r4.model.Parameters verifySignature(String content, String signature) {
        var parameters = new org.hl7.fhir.r4.model.Parameters();
        parameters.addParameter(
                "content",
                new org.hl7.fhir.r4.model.Base64BinaryType(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        parameters.addParameter("signature", new org.hl7.fhir.r4.model.StringType(signature));
        HttpResponse<String> response = post(tokenOf("dr.klaus"), "$verify-signature", parameters);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return FHIR.newJsonParser().parseResource(org.hl7.fhir.r4.model.Parameters.class, response.body());
    }

    @Test
    void summaryWhenFoundByEphrNumberThenSamePatient() {
        Patient patient = (Patient) sent.getEntryFirstRep().getResource();
        String ephrNumber = patient.getIdentifier().stream()
                .filter(identifier -> identifier.getSystem().equals(MigrantPopulation.EPHR_NUMBER_SYSTEM))
                .findFirst()
                .orElseThrow()
                .getValue();

        var parameters = new org.hl7.fhir.r4.model.Parameters();
        parameters
                .addParameter()
                .setName("identifier")
                .setValue(new org.hl7.fhir.r4.model.Identifier()
                        .setSystem(MigrantPopulation.EPHR_NUMBER_SYSTEM)
                        .setValue(ephrNumber));
        HttpResponse<String> response = post(tokenOf("dr.amal"), "Patient/$summary", parameters);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Composition composition =
                (Composition) bundle(response).getEntryFirstRep().getResource();
        assertThat(composition.getSubject().getReferenceElement().getIdPart()).isNotBlank();
        assertThat(bundle(response).getEntry())
                .map(Bundle.BundleEntryComponent::getResource)
                .filteredOn(resource -> resource instanceof Patient)
                .singleElement()
                .satisfies(found -> assertThat(((Patient) found).getIdentifier())
                        .anyMatch(identifier -> ephrNumber.equals(identifier.getValue())));
    }

    @Test
    void summaryWhenNoConsentForTheSiteThenNotFoundAndWhenConsentedThenServed() {
        String path = "Patient/" + patientId + "/$summary";
        assertThat(get(tokenOf("dr.klaus"), path).statusCode()).isEqualTo(404);

        var consent = consentTo("Organization/site-de-berlin");
        assertThat(post(tokenOf("dr.amal"), "Consent", consent).statusCode()).isEqualTo(201);
        try {
            HttpResponse<String> response = get(tokenOf("dr.klaus"), path);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(bundle(response).getEntry()).hasSizeGreaterThan(3);
        } finally {
            deleteConsentsAsSystem("Patient/" + patientId);
        }
        assertThat(get(tokenOf("dr.klaus"), path).statusCode()).isEqualTo(404);
    }

    @Test
    void printableSummaryWhenAskedInArabicThenRightToLeftHtmlAndPdf() {
        var html = get(tokenOf("dr.amal"), "Patient/" + patientId + "/$printable-summary?format=html&language=ar");
        assertThat(html.statusCode()).as(html.body()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(html.body()).contains("lang=\"ar\"").contains("dir=\"rtl\"").contains("التطعيمات");

        var pdf = org.ephr.server.support.RawHttp.sendBytes(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        fhirBase() + "/Patient/" + patientId + "/$printable-summary?format=pdf&language=fr"))
                .header("Authorization", "Bearer " + tokenOf("dr.amal"))
                .GET()
                .build());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");

        assertThat(get(tokenOf("dr.klaus"), "Patient/" + patientId + "/$printable-summary?format=html")
                        .statusCode())
                .as("not shared with Berlin")
                .isEqualTo(404);
    }

    @Test
    void summaryWhenPublicHealthOfficerThenForbidden() {
        assertThat(get(tokenOf("pho.jo"), "Patient/" + patientId + "/$summary").statusCode())
                .isEqualTo(403);
    }

    private static Consent consentTo(String organization) {
        var consent = ClinicalFixtures.privacyConsent(new Reference("Patient/" + patientId));
        consent.getProvision()
                .setType(Consent.ConsentProvisionType.PERMIT)
                .addPurpose(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActReason", "TREAT", "treatment"))
                .addActor()
                .setRole(new CodeableConcept(new Coding(
                        "http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "IRCP", "information recipient")))
                .setReference(new Reference(organization));
        return consent;
    }

    private static List<Resource> entries(Bundle document, Composition.SectionComponent section) {
        return section.getEntry().stream()
                .map(reference -> document.getEntry().stream()
                        .filter(entry -> entry.getFullUrl().equals(reference.getReference())
                                || entry.getResource()
                                        .getIdElement()
                                        .toUnqualifiedVersionless()
                                        .getValue()
                                        .equals(reference.getReference()))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no entry for " + reference.getReference()))
                        .getResource())
                .toList();
    }

    private static Bundle person(Predicate<Bundle> wanted) {
        for (int index = 0; index < 5_000; index++) {
            Bundle bundle = POPULATION.person(index);
            if (wanted.test(bundle)) {
                return bundle;
            }
        }
        throw new AssertionError("no such person among the first 5,000");
    }

    private static <T extends Resource> List<T> resources(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }
}
