package org.ephr.server.consent;

import java.util.Set;
import org.ephr.server.security.Caller;

/**
 * A resource of these patients' records went into a bulk export's files, consent permitting: published for the
 * audit trail, which records the disclosure once per patient and export.
 *
 * @param exportId the export, as stamped at kick-off
 * @param requestUrl the kick-off request
 */
public record RecordExported(String exportId, Caller caller, String requestUrl, Set<String> patientIds) {}
