package org.ephr.bench;

import java.util.List;

/** A patient the ingest phases created, as the read phase needs it: server id, e-PHR number, LOINC codes. */
record LoadedPatient(String id, String ephrNumber, List<String> observationCodes) {}
