package org.ephr.synthetic;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Collects one person's resources into a transaction. Entries get urn:uuid full URLs derived from the seed
 * and index, so the same person always gets the same bundle, byte for byte. Every resource but the Patient
 * carries a source-record identifier; in idempotent mode each is created only if none with that identifier
 * exists, so re-sending the bundle stores nothing twice.
 */
final class TransactionBundle {
    private final Bundle bundle = new Bundle().setType(BundleType.TRANSACTION);
    private final String uuidPrefix;
    private final String sourceRecordPrefix;
    private final boolean idempotent;
    private int entries;

    TransactionBundle(long seed, long index, boolean idempotent) {
        this.uuidPrefix = "ephr-synthetic:" + seed + ":" + index + ":";
        this.sourceRecordPrefix = seed + "-" + index + "-";
        this.idempotent = idempotent;
    }

    /** Adds a create and returns a reference to it for the other entries. */
    Reference create(Resource resource) {
        Identifier sourceRecord = new Identifier().setSystem(Uris.SOURCE_RECORD).setValue(sourceRecordPrefix + entries);
        if (resource instanceof Encounter encounter) {
            encounter.addIdentifier(sourceRecord);
        } else if (resource instanceof Observation observation) {
            observation.addIdentifier(sourceRecord);
        } else if (resource instanceof Immunization immunization) {
            immunization.addIdentifier(sourceRecord);
        } else if (resource instanceof Condition condition) {
            condition.addIdentifier(sourceRecord);
        } else {
            throw new IllegalArgumentException("No source-record identifier for " + resource.fhirType());
        }
        String search = "identifier=" + sourceRecord.getSystem() + "|" + sourceRecord.getValue();
        return add(resource, idempotent ? search : null);
    }

    /** Adds a create that the server skips when a resource matching the search already exists. */
    Reference createIfNoneExist(Resource resource, String search) {
        return add(resource, search);
    }

    Bundle build() {
        return bundle;
    }

    private Reference add(Resource resource, String ifNoneExist) {
        String fullUrl =
                "urn:uuid:" + UUID.nameUUIDFromBytes((uuidPrefix + entries++).getBytes(StandardCharsets.UTF_8));
        Bundle.BundleEntryRequestComponent request = new Bundle.BundleEntryRequestComponent()
                .setMethod(HTTPVerb.POST)
                .setUrl(resource.fhirType());
        if (ifNoneExist != null) {
            request.setIfNoneExist(ifNoneExist);
        }
        bundle.addEntry().setFullUrl(fullUrl).setResource(resource).setRequest(request);
        return new Reference(fullUrl);
    }
}
