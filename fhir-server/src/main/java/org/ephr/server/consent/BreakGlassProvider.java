package org.ephr.server.consent;

import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.time.Clock;
import java.util.Date;
import org.ephr.server.security.Caller;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * {@code POST Patient/[id]/$break-glass} with a {@code reason}: a clinician declares an emergency and gets access to
 * this one patient's record for a limited time, whatever the consent says (withheld classes of data excepted). The
 * grant is a Consent in the patient's own record, so the patient sees it, and the request is audited as emergency
 * treatment.
 */
class BreakGlassProvider {

    private final IFhirResourceDao<Consent> consents;
    private final IFhirResourceDao<Patient> patients;
    private final ConsentProperties properties;
    private final Clock clock;

    BreakGlassProvider(
            IFhirResourceDao<Consent> consents,
            IFhirResourceDao<Patient> patients,
            ConsentProperties properties,
            Clock clock) {
        this.consents = consents;
        this.patients = patients;
        this.properties = properties;
        this.clock = clock;
    }

    @Operation(name = "$break-glass", typeName = "Patient", idempotent = false)
    public Consent breakGlass(
            @IdParam IdType patientId,
            @OperationParam(name = "reason", min = 1, max = 1) StringType reason,
            RequestDetails request) {
        Caller caller = Caller.current()
                .filter(c -> c.hasRole("clinician"))
                .orElseThrow(
                        () -> new ForbiddenOperationException("Access denied: only a clinician may break the glass"));
        if (reason == null || reason.isEmpty() || reason.getValue().isBlank()) {
            throw new InvalidRequestException(
                    "Break-glass needs a reason: the emergency, in words the patient will read");
        }
        // Throws 404 for an unknown patient.
        patients.read(new IdType("Patient", patientId.getIdPart()), new SystemRequestDetails());

        var now = clock.instant();
        var grant = new Consent();
        grant.setStatus(Consent.ConsentState.ACTIVE);
        grant.setScope(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/consentscope", "patient-privacy", "Privacy Consent")));
        grant.addCategory(new CodeableConcept(new Coding("http://loinc.org", "59284-0", "Patient Consent")));
        grant.setPatient(new Reference("Patient/" + patientId.getIdPart()));
        grant.setDateTime(Date.from(now));
        grant.addPerformer(userReference(caller));
        grant.addPolicy().setUri("urn:ephr:policy:break-glass");
        var policy = new CodeableConcept(
                new Coding(DataClasses.ACT_CODE, ConsentDirective.BREAK_GLASS_POLICY, "emergency only"));
        policy.setText(
                "Break-glass by " + caller.username() + " (" + caller.organization() + "): " + reason.getValue());
        grant.setPolicyRule(policy);
        var provision = grant.getProvision();
        provision.setType(Consent.ConsentProvisionType.PERMIT);
        provision.setPeriod(
                new Period().setStart(Date.from(now)).setEnd(Date.from(now.plus(properties.breakGlassDuration()))));
        provision
                .addActor()
                .setRole(new CodeableConcept(new Coding(
                        "http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "IRCP", "information recipient")))
                .setReference(userReference(caller));
        provision.addPurpose(
                new Coding(PurposeOfUse.ACT_REASON, PatientAccessDecider.EMERGENCY_TREATMENT, "emergency treatment"));

        var outcome = consents.create(grant, new SystemRequestDetails());
        PurposeOfUse.markEmergency(request);
        return (Consent) outcome.getResource();
    }

    private static Reference userReference(Caller caller) {
        return new Reference()
                .setIdentifier(
                        new Identifier().setSystem(ConsentDirective.USER_SYSTEM).setValue(caller.subject()))
                .setDisplay(caller.username());
    }
}
