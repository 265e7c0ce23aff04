package org.ephr.server.consent;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import org.hl7.fhir.r4.model.Coding;

/** Tells the audit trail that a request was served under emergency treatment (break-glass). */
final class PurposeOfUse {

    static final String ACT_REASON = "http://terminology.hl7.org/CodeSystem/v3-ActReason";

    private PurposeOfUse() {}

    static void markEmergency(RequestDetails request) {
        request.getUserData()
                .put(
                        org.ephr.server.audit.AuditAttributes.PURPOSE_OF_USE,
                        new Coding(ACT_REASON, PatientAccessDecider.EMERGENCY_TREATMENT, "emergency treatment"));
    }
}
