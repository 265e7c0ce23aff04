package org.ephr.server.exchange;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.IFhirSystemDao;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.PayloadTooLargeException;
import ca.uhn.fhir.rest.server.exceptions.UnclassifiedServerFailureException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Resource;

/**
 * {@code POST [base]/$load-ndjson}: a national system loads many records in one request, as NDJSON (one resource per
 * line, as bulk export writes them). The lines become one transaction, so every access rule, consent check and
 * profile applies to each resource as if sent one by one, and a refused line leaves nothing written. A resource with
 * an id is stored at that id (loading the same file again stores nothing twice); one without is created.
 */
class NdjsonLoadOperation {

    static final String NAME = "$load-ndjson";
    private static final String NDJSON = "ndjson";

    private final FhirContext fhirContext;
    private final IFhirSystemDao<Bundle, Meta> systemDao;
    private final int maxResources;

    NdjsonLoadOperation(FhirContext fhirContext, IFhirSystemDao<Bundle, Meta> systemDao, int maxResources) {
        this.fhirContext = fhirContext;
        this.systemDao = systemDao;
        this.maxResources = maxResources;
    }

    @Operation(name = NAME, manualRequest = true, idempotent = false)
    public Bundle load(RequestDetails request) {
        String contentType = String.valueOf(request.getHeader("Content-Type")).toLowerCase(Locale.ROOT);
        if (!contentType.contains(NDJSON)) {
            throw new UnclassifiedServerFailureException(
                    415, NAME + " takes application/fhir+ndjson: one FHIR JSON resource per line");
        }
        Bundle transaction = transactionOf(new String(request.loadRequestContents(), StandardCharsets.UTF_8));
        if (transaction.getEntry().isEmpty()) {
            throw new InvalidRequestException(NAME + " received no resources");
        }
        return systemDao.transaction(request, transaction);
    }

    private Bundle transactionOf(String ndjson) {
        var transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        var parser = fhirContext.newJsonParser();
        try (var lines = new BufferedReader(new StringReader(ndjson))) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                if (transaction.getEntry().size() == maxResources) {
                    throw new PayloadTooLargeException(
                            NAME + " takes at most " + maxResources + " resources per request: split the file");
                }
                transaction.addEntry(entryFor(parse(parser, line, number)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return transaction;
    }

    private static Resource parse(IParser parser, String line, int number) {
        try {
            if (parser.parseResource(line) instanceof Resource resource && !(resource instanceof Bundle)) {
                return resource;
            }
        } catch (DataFormatException e) {
            throw new InvalidRequestException("Line " + number + " is not a FHIR JSON resource: " + e.getMessage());
        }
        throw new InvalidRequestException("Line " + number + " is a Bundle: send its entries, one per line");
    }

    private static Bundle.BundleEntryComponent entryFor(Resource resource) {
        var entry = new Bundle.BundleEntryComponent().setResource(resource);
        String type = resource.fhirType();
        if (resource.getIdElement().hasIdPart()) {
            String id = resource.getIdElement().getIdPart();
            entry.getRequest().setMethod(Bundle.HTTPVerb.PUT).setUrl(type + "/" + id);
        } else {
            entry.getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl(type);
        }
        return entry;
    }
}
