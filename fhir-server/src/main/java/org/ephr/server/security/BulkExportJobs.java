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

    /** The caller who started the export; empty for an export started where access control is off. */
    public static Optional<Caller> caller(BulkExportJobParameters parameters) {
        return Caller.fromSnapshot(parameters.getUserData().get(CALLER));
    }

    public static Optional<String> exportId(BulkExportJobParameters parameters) {
        return parameters.getUserData().get(EXPORT_ID) instanceof String id ? Optional.of(id) : Optional.empty();
    }
}
