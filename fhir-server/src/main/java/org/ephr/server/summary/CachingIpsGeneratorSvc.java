package org.ephr.server.summary;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.ips.api.Section;
import ca.uhn.fhir.jpa.ips.generator.IIpsGeneratorSvc;
import ca.uhn.fhir.jpa.ips.generator.IpsGeneratorSvcImpl;
import ca.uhn.fhir.narrative.INarrativeGenerator;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.TokenParam;
import java.util.HashMap;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseBundle;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * HAPI's IPS generator with the narratives rendered by one long-lived {@link SharedNarrativeGenerator}. Why: HAPI 8.8
 * builds a new narrative generator (manifests and templates read again from the classpath, a new Thymeleaf engine per
 * template) for every section of every document, in private code with no way to share one, and that was most of a
 * summary's CPU. So HAPI assembles the document (searches, sections, entries, references) with no narrative
 * templates (the strategy lists none for it), and each section's narrative and the Composition's are then rendered
 * here from the same templates, over the same input as HAPI's: a Bundle of the section's entries carrying the section
 * profile, references resolved within the document.
 */
final class CachingIpsGeneratorSvc implements IIpsGeneratorSvc {

    private final FhirContext fhirContext;
    private final IIpsGeneratorSvc assembler;
    private final SharedNarrativeGenerator narratives;
    /** Section profile (which selects the narrative template) by section code, {@code system|code}. */
    private final Map<String, String> sectionProfiles = new HashMap<>();

    CachingIpsGeneratorSvc(FhirContext fhirContext, MigrantSummaryStrategy strategy) {
        this.fhirContext = fhirContext;
        this.narratives = new SharedNarrativeGenerator(fhirContext, strategy.narrativeTemplateFiles());
        this.assembler = new IpsGeneratorSvcImpl(fhirContext, strategy); // initialises the strategy's sections
        for (Section section : strategy.getSections()) {
            sectionProfiles.put(section.getSectionSystem() + "|" + section.getSectionCode(), section.getProfile());
        }
    }

    @Override
    public IBaseBundle generateIps(RequestDetails request, IIdType patientId, String profile) {
        return withNarratives(assembler.generateIps(request, patientId, profile));
    }

    @Override
    public IBaseBundle generateIps(RequestDetails request, TokenParam patientIdentifier, String profile) {
        return withNarratives(assembler.generateIps(request, patientIdentifier, profile));
    }

    private IBaseBundle withNarratives(IBaseBundle generated) {
        Bundle document = (Bundle) generated;
        Composition composition = (Composition) document.getEntryFirstRep().getResource();
        Map<String, Resource> included = new HashMap<>();
        for (Bundle.BundleEntryComponent entry : document.getEntry()) {
            Resource resource = entry.getResource();
            if (resource != composition && resource.getIdElement().hasIdPart()) {
                included.putIfAbsent(key(resource.getIdElement()), resource);
            }
        }
        INarrativeGenerator generator = narratives.forDocument(reference -> included.get(key(reference)));

        for (Composition.SectionComponent section : composition.getSection()) {
            Bundle sectionResources = new Bundle();
            for (Reference entry : section.getEntry()) {
                Resource resource = included.get(key(entry.getReferenceElement()));
                if (resource != null) {
                    sectionResources.addEntry().setResource(resource);
                }
            }
            Coding code = section.getCode().getCodingFirstRep();
            String profile = sectionProfiles.get(code.getSystem() + "|" + code.getCode());
            if (profile != null) {
                sectionResources.getMeta().addProfile(profile);
            }
            String narrative = generator.generateResourceNarrative(fhirContext, sectionResources);
            if (narrative != null) {
                section.getText().setStatus(Narrative.NarrativeStatus.GENERATED).setDivAsString(narrative);
            }
        }
        generator.populateResourceNarrative(fhirContext, composition);
        return document;
    }

    /** How HAPI's generator matches a reference with a resource of the document. */
    private static String key(IIdType id) {
        return id.toUnqualifiedVersionless().getValue();
    }
}
