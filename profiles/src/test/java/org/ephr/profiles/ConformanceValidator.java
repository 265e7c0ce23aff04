package org.ephr.profiles;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.NpmPackageValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;

/**
 * HAPI's validator loaded as a national system would load the e-PHR: FHIR R4 core plus the package this module
 * builds. LOINC, CVX and ICD-10 are not shipped (licensing and size), so codes from them are checked against the
 * value sets that enumerate them and otherwise warned about, not failed.
 */
final class ConformanceValidator {

    static final String PACKAGE = "classpath:fhir/package/org.migrant-ephr.fhir-0.1.0.tgz";

    private ConformanceValidator() {}

    static FhirValidator create(FhirContext fhir) {
        var npm = new NpmPackageValidationSupport(fhir);
        try {
            npm.loadPackageFromClasspath(PACKAGE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var unknownCodeSystems = new UnknownCodeSystemWarningValidationSupport(fhir);
        unknownCodeSystems.setNonExistentCodeSystemSeverity(IValidationSupport.IssueSeverity.WARNING);
        var chain = new ValidationSupportChain(
                new DefaultProfileValidationSupport(fhir),
                npm,
                new SnapshotGeneratingValidationSupport(fhir),
                new InMemoryTerminologyServerValidationSupport(fhir),
                new CommonCodeSystemsTerminologyService(fhir),
                unknownCodeSystems);
        FhirValidator validator = fhir.newValidator();
        validator.registerValidatorModule(new FhirInstanceValidator(chain));
        return validator;
    }
}
