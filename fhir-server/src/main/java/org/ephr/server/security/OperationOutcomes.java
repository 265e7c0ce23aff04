package org.ephr.server.security;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.r4.model.OperationOutcome;

/** Error bodies written outside the FHIR server (in the servlet filter chain), in FHIR's shape. */
final class OperationOutcomes {

    private OperationOutcomes() {}

    static void write(
            FhirContext fhirContext, HttpServletResponse response, OperationOutcome.IssueType type, String diagnostics)
            throws IOException {
        var outcome = new OperationOutcome();
        outcome.addIssue()
                .setSeverity(OperationOutcome.IssueSeverity.ERROR)
                .setCode(type)
                .setDiagnostics(diagnostics);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("application/fhir+json");
        response.getWriter().write(fhirContext.newJsonParser().encodeResourceToString(outcome));
    }
}
