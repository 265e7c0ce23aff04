package org.ephr.server.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * HAPI's validator builds a new InstanceValidator per resource, and each one parses the 1.5 MB, 21,000-row
 * {@code oidregistry.csv} of org.hl7.fhir.utilities: most of the cost of validating a write. The registry only
 * serves {@code InstanceValidator.resolveUrl}, which on this server ends in HAPI's JPA
 * {@code ValidatorResourceFetcher.resolveURL}, answering true for every URL: known OIDs change no outcome. So
 * the server ships a header-only registry that shadows the library's.
 */
class OidRegistryShadowTest {

    @Test
    void oidRegistryWhenLoadedLikeTheValidatorDoesThenItIsTheServersHeaderOnlyCopy() throws IOException {
        URL registry = getClass().getClassLoader().getResource("oidregistry.csv");

        assertThat(registry).isNotNull();
        assertThat(registry.toString()).doesNotContain("org.hl7.fhir.utilities");
        try (InputStream in = registry.openStream()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip())
                    .isEqualTo("Comp_OID,Oid_Type,Symbolic_name,CodingSystemName");
        }
    }
}
