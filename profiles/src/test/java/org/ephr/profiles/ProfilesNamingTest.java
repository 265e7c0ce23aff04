package org.ephr.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.ephr.packaging.ConformanceFiles;
import org.ephr.packaging.ConformanceNaming;
import org.junit.jupiter.api.Test;

class ProfilesNamingTest {

    @Test
    void compiledDefinitionsFollowTheNamingRule() {
        assertThat(ConformanceNaming.definitionViolations(
                        ConformanceFiles.classpathFolder("fhir/profiles/definitions")))
                .isEmpty();
    }

    @Test
    void fshFilesHoldOneArtefactNamedAfterIt() {
        assertThat(ConformanceNaming.fshFileViolations(Path.of("input/fsh"))).isEmpty();
    }
}
