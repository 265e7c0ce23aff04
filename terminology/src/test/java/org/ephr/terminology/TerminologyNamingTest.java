package org.ephr.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.ephr.packaging.ConformanceFiles;
import org.ephr.packaging.ConformanceNaming;
import org.junit.jupiter.api.Test;

class TerminologyNamingTest {

    @Test
    void compiledDefinitionsFollowTheNamingRule() {
        assertThat(ConformanceNaming.definitionViolations(
                        ConformanceFiles.classpathFolder("fhir/terminology/definitions")))
                .isEmpty();
    }

    @Test
    void fshFilesHoldOneArtefactNamedAfterIt() {
        assertThat(ConformanceNaming.fshFileViolations(Path.of("input/fsh"))).isEmpty();
    }
}
