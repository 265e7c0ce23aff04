package org.ephr.server.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.interceptor.api.IInterceptorService;
import ca.uhn.fhir.jpa.interceptor.validation.IRepositoryValidatingRule;
import ca.uhn.fhir.jpa.interceptor.validation.RepositoryValidatingInterceptor;
import ca.uhn.fhir.jpa.interceptor.validation.RepositoryValidatingRuleBuilder;
import ca.uhn.fhir.rest.server.interceptor.validation.ValidationMessageUnknownCodeSystemPostProcessingInterceptor;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.ephr.server.config.FhirServerCustomizer;
import org.ephr.server.conformance.ConformancePackage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Profile validation of writes, with HAPI's {@link RepositoryValidatingInterceptor}. It sits on HAPI's interceptor
 * service, so transactions, batches and internal writes are validated exactly as single REST writes are.
 */
@Configuration(proxyBeanMethods = false)
class ValidationConfig {

    /** The types whose writes must claim an e-PHR profile when {@code require-migrant-profiles} is on. */
    static final Set<String> PROFILE_REQUIRED_TYPES = Set.of("Patient", "Immunization", "Observation");

    /** FHIR's own vital-signs profiles: the e-PHR reuses them instead of defining its own. */
    static final List<String> CORE_VITAL_SIGNS_PROFILES = List.of(
            "http://hl7.org/fhir/StructureDefinition/vitalsigns",
            "http://hl7.org/fhir/StructureDefinition/bodyweight",
            "http://hl7.org/fhir/StructureDefinition/bodyheight",
            "http://hl7.org/fhir/StructureDefinition/bmi",
            "http://hl7.org/fhir/StructureDefinition/bp",
            "http://hl7.org/fhir/StructureDefinition/heartrate",
            "http://hl7.org/fhir/StructureDefinition/bodytemp",
            "http://hl7.org/fhir/StructureDefinition/resprate",
            "http://hl7.org/fhir/StructureDefinition/oxygensat",
            "http://hl7.org/fhir/StructureDefinition/headcircum");

    @Bean
    RepositoryValidatingInterceptor repositoryValidatingInterceptor(
            ObjectProvider<RepositoryValidatingRuleBuilder> ruleBuilders,
            ConformancePackage conformancePackage,
            ValidationProperties properties,
            FhirContext fhirContext,
            IInterceptorService interceptors) {
        var interceptor = new RepositoryValidatingInterceptor(
                fhirContext, rules(ruleBuilders.getObject(), conformancePackage, properties));
        interceptors.registerInterceptor(interceptor);
        return interceptor;
    }

    /**
     * LOINC, CVX and ICD-10 are not loaded (size, licences): a code from them is checked where an e-PHR value set
     * enumerates it, and otherwise warned about rather than refused. Applies to writes and to {@code $validate}.
     */
    @Bean
    ValidationMessageUnknownCodeSystemPostProcessingInterceptor unknownCodeSystemsAsWarnings(
            IInterceptorService interceptors) {
        var interceptor = new ValidationMessageUnknownCodeSystemPostProcessingInterceptor(
                IValidationSupport.IssueSeverity.WARNING);
        interceptors.registerInterceptor(interceptor);
        return interceptor;
    }

    @Bean
    MetaSourceMessageFilter metaSourceMessageFilter(IInterceptorService interceptors) {
        var filter = new MetaSourceMessageFilter();
        interceptors.registerInterceptor(filter);
        return filter;
    }

    @Bean
    FhirServerCustomizer validationFailureStatus() {
        return server -> server.registerInterceptor(new ValidationFailureStatusInterceptor());
    }

    /** One rule set per resource type the e-PHR profiles or requires; HAPI's builder accumulates them. */
    static List<IRepositoryValidatingRule> rules(
            RepositoryValidatingRuleBuilder builder,
            ConformancePackage conformancePackage,
            ValidationProperties properties) {
        Set<String> types = new TreeSet<>(conformancePackage.profilesByType().keySet());
        if (properties.requireMigrantProfiles()) {
            types.addAll(PROFILE_REQUIRED_TYPES);
        }
        for (String type : types) {
            var typed = builder.forResourcesOfType(type);
            if (properties.requireMigrantProfiles() && PROFILE_REQUIRED_TYPES.contains(type)) {
                typed = typed.requireAtLeastOneProfileOf(acceptedProfiles(conformancePackage, type))
                        .and();
            }
            if (properties.validateDeclaredProfiles()) {
                typed.requireValidationToDeclaredProfiles()
                        .rejectOnSeverity(ResultSeverityEnum.ERROR)
                        .allowAnyExtensions();
            }
        }
        return builder.build();
    }

    private static String[] acceptedProfiles(ConformancePackage conformancePackage, String type) {
        List<String> accepted = new ArrayList<>(conformancePackage.profilesOf(type));
        if (type.equals("Observation")) {
            accepted.addAll(CORE_VITAL_SIGNS_PROFILES);
        }
        return accepted.toArray(String[]::new);
    }
}
