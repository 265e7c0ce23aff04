package org.ephr.server.reporting;

import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.ephr.export.ReportRequest;
import org.ephr.server.security.Caller;
import org.ephr.server.web.RawResponse;
import org.hl7.fhir.r4.model.StringType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code [base]/$ihr-report}: an aggregated, suppressed and signed IHR report, as a FHIR MeasureReport (mADX), CSV
 * or ADX. Synchronous by default; with {@code Prefer: respond-async} it answers 202 with the address of
 * {@code $ihr-report-status}, which answers 202 with progress until the report is ready, then the report itself. The
 * signature of the exact bytes returned is in the {@value #SIGNATURE_HEADER} header (a detached JWS); the request
 * itself is audited like every operation.
 */
class IhrReportOperation {

    static final String NAME = "$ihr-report";
    static final String STATUS = "$ihr-report-status";
    static final String SIGNATURE_HEADER = "Report-Signature";
    private static final Logger log = LoggerFactory.getLogger(IhrReportOperation.class);

    private final IhrReportService reports;
    private final ReportJobs jobs;

    IhrReportOperation(IhrReportService reports, ReportJobs jobs) {
        this.reports = reports;
        this.jobs = jobs;
    }

    @Operation(name = NAME, idempotent = true, manualResponse = true)
    public void report(
            @OperationParam(name = "measure", max = 1) StringType measure,
            @OperationParam(name = "periodStart", max = 1) StringType periodStart,
            @OperationParam(name = "periodEnd", max = 1) StringType periodEnd,
            @OperationParam(name = "granularity", max = 1) StringType granularity,
            @OperationParam(name = "dimensions") List<StringType> dimensions,
            @OperationParam(name = "format", max = 1) StringType format,
            ServletRequestDetails request) {
        ReportRequest reportRequest;
        ReportFormat reportFormat;
        try {
            reportRequest = ReportRequest.fromParameters(
                    text(periodStart),
                    text(periodEnd),
                    granularity == null ? "week" : granularity.getValue(),
                    text(measure),
                    dimensions == null
                            ? null
                            : dimensions.stream().map(StringType::getValue).collect(Collectors.joining(",")));
            reportFormat = ReportFormat.fromCode(text(format));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage());
        }
        HttpServletResponse response = request.getServletResponse();
        if (prefersAsync(request)) {
            ReportJobs.Job job;
            try {
                job = jobs.submit(owner(), () -> run(reportRequest, reportFormat));
            } catch (IllegalStateException full) {
                throw new InvalidRequestException(full.getMessage());
            }
            response.setStatus(HttpServletResponse.SC_ACCEPTED);
            response.setHeader("Content-Location", request.getFhirServerBase() + "/" + STATUS + "?job=" + job.id());
            response.setHeader("Retry-After", "2");
            return;
        }
        write(response, run(reportRequest, reportFormat));
    }

    @Operation(name = STATUS, idempotent = true, manualResponse = true)
    public void status(@OperationParam(name = "job", min = 1, max = 1) StringType job, ServletRequestDetails request) {
        ReportJobs.Job found = jobs.find(text(job), owner())
                .orElseThrow(() -> new ResourceNotFoundException("No report job " + text(job) + " of yours"));
        HttpServletResponse response = request.getServletResponse();
        if (!found.result().isDone()) {
            response.setStatus(HttpServletResponse.SC_ACCEPTED);
            response.setHeader("X-Progress", "computing since " + found.submitted());
            response.setHeader("Retry-After", "2");
            return;
        }
        try {
            write(response, found.result().join());
        } catch (CompletionException failed) {
            throw new InternalErrorException(
                    "The report could not be computed: " + failed.getCause().getMessage());
        }
    }

    private SignedReport run(ReportRequest request, ReportFormat format) {
        long started = System.nanoTime();
        SignedReport report = reports.run(request, format);
        log.info(
                "IHR report {} {}..{} by {} {}: {} cells and margins, {} suppressed, {} ms",
                request.measure().id(),
                request.periodStart(),
                request.periodEnd(),
                request.granularity().name().toLowerCase(Locale.ROOT),
                request.dimensions(),
                report.cells(),
                report.suppressedCells(),
                (System.nanoTime() - started) / 1_000_000);
        return report;
    }

    private static void write(HttpServletResponse response, SignedReport report) {
        response.setContentType(report.mediaType());
        response.setCharacterEncoding("UTF-8");
        response.setHeader(SIGNATURE_HEADER, report.signature());
        RawResponse.writeOk(response, report.content());
    }

    private static boolean prefersAsync(ServletRequestDetails request) {
        List<String> prefer = request.getHeaders("Prefer");
        return prefer != null
                && prefer.stream()
                        .anyMatch(value -> value.toLowerCase(Locale.ROOT).contains("respond-async"));
    }

    private static String owner() {
        return Caller.current().map(Caller::subject).orElse("local");
    }

    private static String text(StringType value) {
        return value == null ? null : value.getValue();
    }
}
