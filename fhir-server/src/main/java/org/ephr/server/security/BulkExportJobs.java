package org.ephr.server.security;

import ca.uhn.fhir.rest.api.server.bulk.BulkExportJobParameters;
import java.util.Optional;
import java.util.UUID;

/**
 * What a bulk export job carries about its start, in the job parameters' user data (plain values only): who started
 * it (a {@link Caller#snapshot()}), as which consent is applied while it runs, and an id of this export, under which
 * its disclosures are audited once per patient.
 */
public final class BulkExportJobs {

    private static final String CALLER = "ephr-caller";
    private static final String EXPORT_ID = "ephr-export-id";

    private BulkExportJobs() {}

    static void stamp(BulkExportJobParameters parameters, Caller caller) {
        parameters.setUserData(CALLER, caller.snapshot());
        parameters.setUserData(EXPORT_ID, UUID.randomUUID().toString());
    }

    /**
     * Who started the export and its id; empty for an export started where access control is off (nothing was
     * stamped).
     */
    public static Optional<Start> start(BulkExportJobParameters parameters) {
        var caller = Caller.fromSnapshot(parameters.getUserData().get(CALLER));
        return caller.isPresent() && parameters.getUserData().get(EXPORT_ID) instanceof String exportId
                ? Optional.of(new Start(caller.get(), exportId))
                : Optional.empty();
    }

    /** The stamp of one export: its caller and its id. */
    public record Start(Caller caller, String exportId) {}
}
