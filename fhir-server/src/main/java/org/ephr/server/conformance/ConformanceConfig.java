package org.ephr.server.conformance;

import ca.uhn.fhir.jpa.packages.IPackageInstallerSvc;
import ca.uhn.fhir.jpa.packages.PackageInstallationSpec;
import org.ephr.server.config.FhirServerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the e-PHR FHIR package at start-up and says in the CapabilityStatement which profiles the server supports.
 * The install runs before the server reports itself ready ({@code /actuator/health/readiness}).
 */
@Configuration(proxyBeanMethods = false)
class ConformanceConfig {

    private static final Logger log = LoggerFactory.getLogger(ConformanceConfig.class);

    @Bean
    ConformancePackage conformancePackage() {
        return ConformancePackage.fromClasspath();
    }

    @Bean
    ApplicationRunner conformancePackageInstaller(
            IPackageInstallerSvc installer, ConformancePackage conformancePackage, ConformanceProperties properties) {
        return arguments -> {
            if (!properties.installOnStartup()) {
                log.warn(
                        "ephr.conformance.install-on-startup is false: profiles and terminology are not (re)installed");
                return;
            }
            var outcome = installer.install(new PackageInstallationSpec()
                    .setName(conformancePackage.name())
                    .setVersion(conformancePackage.version())
                    .setPackageContents(conformancePackage.contents())
                    .setInstallMode(PackageInstallationSpec.InstallModeEnum.STORE_AND_INSTALL)
                    .setFetchDependencies(false));
            log.info(
                    "Installed FHIR package {}#{}: {}",
                    conformancePackage.name(),
                    conformancePackage.version(),
                    outcome.getResourcesInstalled());
        };
    }

    @Bean
    FhirServerCustomizer supportedProfiles(ConformancePackage conformancePackage) {
        return server -> server.registerInterceptor(new SupportedProfilesInterceptor(conformancePackage));
    }

    @Bean
    FhirServerCustomizer displayLanguage(ConformancePackage conformancePackage) {
        var translations = Translations.of(conformancePackage);
        return server -> server.registerInterceptor(new DisplayLanguageInterceptor(translations));
    }
}
