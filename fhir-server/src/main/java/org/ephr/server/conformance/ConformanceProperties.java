package org.ephr.server.conformance;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param installOnStartup install the e-PHR FHIR package (profiles, terminology, search parameters) into the
 *     database at start-up; idempotent, and needs no network
 */
@ConfigurationProperties("ephr.conformance")
public record ConformanceProperties(@DefaultValue("true") boolean installOnStartup) {}
