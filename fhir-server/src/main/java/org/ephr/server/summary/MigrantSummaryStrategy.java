package org.ephr.server.summary;

import ca.uhn.fhir.jpa.ips.api.IpsSectionContext;
import ca.uhn.fhir.jpa.ips.api.Section;
import ca.uhn.fhir.jpa.ips.jpa.DefaultJpaIpsGenerationStrategy;
import ca.uhn.fhir.jpa.ips.jpa.IJpaSectionSearchStrategy;
import ca.uhn.fhir.jpa.ips.jpa.JpaSectionSearchStrategyCollection;
import ca.uhn.fhir.jpa.ips.jpa.section.DiagnosticResultsJpaSectionSearchStrategyDiagnosticReport;
import ca.uhn.fhir.jpa.ips.jpa.section.DiagnosticResultsJpaSectionSearchStrategyObservation;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;

/**
 * HAPI's IPS generation with what a clinician receiving a migrant needs besides the IPS sections: the tuberculosis
 * screening results in a section of their own (a chest X-ray is imaging, not laboratory, and would otherwise be
 * missing), and active alerts. Vaccinations carry their country of administration, shown in the narrative. The
 * document's author is the e-PHR service.
 */
class MigrantSummaryStrategy extends DefaultJpaIpsGenerationStrategy {

    static final String SECTIONS = "https://fhir.migrant-ephr.org/CodeSystem/summary-section-cs";
    static final String LOINC = "http://loinc.org";
    /** Chest X-ray reading, tuberculin skin test, IGRA, smear, culture and molecular tests. */
    static final Set<String> TB_TESTS =
            Set.of("18782-3", "1648-5", "71773-6", "11477-7", "11545-1", "89636-5", "85362-2", "91829-2");

    private final String authorName;

    MigrantSummaryStrategy(String authorName) {
        this.authorName = authorName;
    }

    @Override
    protected void addSections() {
        super.addSections();
        addJpaSection(
                Section.newBuilder()
                        .withTitle("Tuberculosis screening")
                        .withSectionSystem(SECTIONS)
                        .withSectionCode("tb-screening")
                        .withSectionDisplay("Tuberculosis screening")
                        .withResourceType(Observation.class)
                        .withProfile("https://fhir.migrant-ephr.org/StructureDefinition/tb-screening-observation")
                        .build(),
                JpaSectionSearchStrategyCollection.newBuilder()
                        .addStrategy(Observation.class, new TbScreeningSearch())
                        .build());
        addJpaSection(
                Section.newBuilder()
                        .withTitle("Alerts")
                        .withSectionSystem(SECTIONS)
                        .withSectionCode("alerts")
                        .withSectionDisplay("Alerts")
                        .withResourceType(Flag.class)
                        .withProfile("http://hl7.org/fhir/StructureDefinition/Flag")
                        .build(),
                JpaSectionSearchStrategyCollection.newBuilder()
                        .addStrategy(Flag.class, new ActiveFlags())
                        .build());
    }

    /**
     * Every section's search, HAPI's and ours, loads synchronously: the generator reads all of a section's results
     * at once and never pages, so HAPI's default of persisting each search for later paging (about 15 per summary)
     * is only database writes and latency.
     */
    @Override
    protected void addJpaSection(Section section, JpaSectionSearchStrategyCollection searches) {
        var synchronous = JpaSectionSearchStrategyCollection.newBuilder();
        for (Class<? extends IBaseResource> type : searches.getResourceTypes()) {
            addSynchronously(synchronous, type, searches);
        }
        super.addJpaSection(section, synchronous.build());
    }

    private static <T extends IBaseResource> void addSynchronously(
            JpaSectionSearchStrategyCollection.JpaSectionSearchStrategyCollectionBuilder builder,
            Class<T> type,
            JpaSectionSearchStrategyCollection searches) {
        IJpaSectionSearchStrategy<T> search = searches.getSearchStrategy(type);
        builder.addStrategy(type, new IJpaSectionSearchStrategy<T>() {
            @Override
            public void massageResourceSearch(IpsSectionContext<T> context, SearchParameterMap parameters) {
                search.massageResourceSearch(context, parameters);
                parameters.setLoadSynchronous(true);
            }

            @Override
            public boolean shouldInclude(IpsSectionContext<T> context, T candidate) {
                return search.shouldInclude(context, candidate);
            }
        });
    }

    /** The IPS results section without the TB tests, which have their own section. */
    @Override
    protected void addJpaSectionDiagnosticResults() {
        addJpaSection(
                Section.newBuilder()
                        .withTitle("Diagnostic Results")
                        .withSectionSystem(SECTION_SYSTEM_LOINC)
                        .withSectionCode(SECTION_CODE_DIAGNOSTIC_RESULTS)
                        .withSectionDisplay("Relevant diagnostic tests/laboratory data Narrative")
                        .withResourceType(DiagnosticReport.class)
                        .withResourceType(Observation.class)
                        .withProfile(
                                "https://hl7.org/fhir/uv/ips/StructureDefinition-Composition-uv-ips-definitions.html#Composition.section:sectionResults")
                        .build(),
                JpaSectionSearchStrategyCollection.newBuilder()
                        .addStrategy(
                                DiagnosticReport.class, new DiagnosticResultsJpaSectionSearchStrategyDiagnosticReport())
                        .addStrategy(Observation.class, new LaboratoryResultsOtherThanTb())
                        .build());
    }

    /**
     * The narrative templates, rendered by {@link CachingIpsGeneratorSvc}: the e-PHR's first, so that its
     * immunizations template is chosen over HAPI's for the same section.
     */
    List<String> narrativeTemplateFiles() {
        List<String> files = new ArrayList<>();
        files.add("classpath:org/ephr/server/summary/narrative/migrant-narratives.properties");
        files.addAll(super.getNarrativePropertyFiles());
        return files;
    }

    /**
     * None for HAPI's generator, which would read them again for every section of every document:
     * {@link CachingIpsGeneratorSvc} renders the narratives from {@link #narrativeTemplateFiles()}.
     */
    @Override
    public List<String> getNarrativePropertyFiles() {
        return List.of();
    }

    @Override
    public IBaseResource createAuthor() {
        var author = new Organization();
        // An id, so that the Composition names its author (IPS requires one) and the entry gets a fullUrl.
        author.setId(IdType.newRandomUuid());
        author.setName(authorName);
        return author;
    }

    static boolean isTbTest(Observation observation) {
        return observation.getCode().getCoding().stream()
                .anyMatch(coding -> LOINC.equals(coding.getSystem()) && TB_TESTS.contains(coding.getCode()));
    }

    private static final class TbScreeningSearch implements IJpaSectionSearchStrategy<Observation> {
        @Override
        public void massageResourceSearch(IpsSectionContext<Observation> context, SearchParameterMap search) {
            var codes = new TokenOrListParam();
            TB_TESTS.forEach(code -> codes.addOr(new TokenParam(LOINC, code)));
            search.add(Observation.SP_CODE, codes);
        }

        @Override
        public boolean shouldInclude(IpsSectionContext<Observation> context, Observation observation) {
            return observation.getStatus() != Observation.ObservationStatus.ENTEREDINERROR
                    && observation.getStatus() != Observation.ObservationStatus.CANCELLED;
        }
    }

    private static final class LaboratoryResultsOtherThanTb
            extends DiagnosticResultsJpaSectionSearchStrategyObservation {
        @Override
        public boolean shouldInclude(IpsSectionContext<Observation> context, Observation observation) {
            return super.shouldInclude(context, observation) && !isTbTest(observation);
        }
    }

    private static final class ActiveFlags implements IJpaSectionSearchStrategy<Flag> {
        @Override
        public void massageResourceSearch(IpsSectionContext<Flag> context, SearchParameterMap search) {
            // Flag has no status search parameter in R4: filtered below.
        }

        @Override
        public boolean shouldInclude(IpsSectionContext<Flag> context, Flag flag) {
            return flag.getStatus() == Flag.FlagStatus.ACTIVE;
        }
    }
}
