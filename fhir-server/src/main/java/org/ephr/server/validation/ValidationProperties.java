package org.ephr.server.validation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param validateDeclaredProfiles a write of a type the e-PHR profiles that claims a profile ({@code meta.profile})
 *     is validated against it and refused with 422 when it does not conform
 * @param requireMigrantProfiles Patient, Immunization and Observation writes must claim an e-PHR profile (or, for
 *     Observation, a FHIR vital-signs profile), and are then validated against it
 */
@ConfigurationProperties("ephr.validation")
public record ValidationProperties(
        @DefaultValue("true") boolean validateDeclaredProfiles,
        @DefaultValue("false") boolean requireMigrantProfiles) {}
