package org.ephr.server.summary;

import ca.uhn.fhir.jpa.ips.generator.IIpsGeneratorSvc;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.ephr.server.summary.print.PrintableRecord;
import org.ephr.server.web.RawResponse;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;

/**
 * {@code GET [base]/Patient/[id]/$printable-summary?format=pdf|html&language=en|fr|ar}: the patient summary as a
 * document the migrant can carry, printed in their language (the first of their communication languages when none
 * is asked for). Built from the same IPS document as {@code $summary}, through the caller's request, so consent
 * decides what it shows.
 */
class PrintableSummaryOperation {

    static final String NAME = "$printable-summary";

    private final IIpsGeneratorSvc generator;
    private final PrintableRecord printer;

    PrintableSummaryOperation(IIpsGeneratorSvc generator, PrintableRecord printer) {
        this.generator = generator;
        this.printer = printer;
    }

    @Operation(name = NAME, type = Patient.class, idempotent = true, manualResponse = true)
    public void print(
            @IdParam IdType patientId,
            @OperationParam(name = "format", max = 1) StringType format,
            @OperationParam(name = "language", max = 1) StringType language,
            ServletRequestDetails request) {
        String wanted = format == null || format.getValue() == null
                ? "pdf"
                : format.getValue().toLowerCase(Locale.ROOT);
        if (!wanted.equals("pdf") && !wanted.equals("html")) {
            throw new InvalidRequestException("Unknown format '" + wanted + "'; expected pdf or html");
        }
        Bundle document = (Bundle) generator.generateIps(request, patientId.toUnqualifiedVersionless(), null);
        Locale locale = language != null && language.getValue() != null
                ? Locale.forLanguageTag(language.getValue())
                : languageOf(document);
        HttpServletResponse response = request.getServletResponse();
        byte[] body;
        if (wanted.equals("pdf")) {
            body = printer.pdf(document, locale);
            response.setContentType("application/pdf");
            response.setHeader(
                    "Content-Disposition", "inline; filename=\"health-record-" + patientId.getIdPart() + ".pdf\"");
        } else {
            body = printer.html(document, locale).getBytes(StandardCharsets.UTF_8);
            response.setContentType("text/html;charset=UTF-8");
        }
        response.setHeader("Content-Language", locale.toLanguageTag());
        RawResponse.writeOk(response, body);
    }

    /** The patient's first communication language, else English. */
    private static Locale languageOf(Bundle document) {
        return document.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(Patient.class::isInstance)
                .map(Patient.class::cast)
                .flatMap(patient -> patient.getCommunication().stream())
                .flatMap(communication -> communication.getLanguage().getCoding().stream())
                .filter(coding -> coding.hasCode())
                .map(coding -> Locale.forLanguageTag(coding.getCode()))
                .findFirst()
                .orElse(Locale.ENGLISH);
    }
}
