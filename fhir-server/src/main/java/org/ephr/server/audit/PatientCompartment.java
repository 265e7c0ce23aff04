package org.ephr.server.audit;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.IdType;

/** Which patients' records a resource or a request is about, as audit references. */
final class PatientCompartment {

    /** Search parameters that name the patient a search is about. */
    private static final List<String> PATIENT_PARAMETERS = List.of("patient", "subject", "beneficiary");

    private PatientCompartment() {}

    static Set<String> owners(FhirContext fhirContext, IBaseResource resource, CallerAuditContext context) {
        Set<String> owners = new TreeSet<>();
        var definition = fhirContext.getResourceDefinition(resource);
        if (definition.getName().equals("Patient")) {
            if (resource.getIdElement().hasIdPart()) {
                owners.add(context.reference("Patient", resource.getIdElement().getIdPart()));
            }
        } else if (!definition.getSearchParamsForCompartmentName("Patient").isEmpty()) {
            for (IIdType owner :
                    fhirContext.newTerser().getCompartmentOwnersForResource("Patient", resource, Set.of())) {
                if (owner.hasIdPart()) {
                    owners.add(context.reference("Patient", owner.getIdPart()));
                }
            }
        }
        return owners;
    }

    /** The patient a request names: {@code Patient/123...}, or a search by {@code patient}, {@code subject}. */
    static Set<String> requested(RequestDetails request, CallerAuditContext context) {
        Set<String> patients = new TreeSet<>();
        if ("Patient".equals(request.getResourceName())
                && request.getId() != null
                && request.getId().hasIdPart()) {
            patients.add(context.reference("Patient", request.getId().getIdPart()));
        }
        if (request.getParameters() == null) {
            return patients;
        }
        for (String name : PATIENT_PARAMETERS) {
            String[] values = request.getParameters().get(name);
            if (values == null) {
                continue;
            }
            for (String value : values) {
                for (String one : value.split(",")) {
                    var id = new IdType(one.trim());
                    boolean patientReference =
                            "Patient".equals(id.getResourceType()) || (!id.hasResourceType() && name.equals("patient"));
                    if (patientReference && id.hasIdPart()) {
                        patients.add(context.reference("Patient", id.getIdPart()));
                    }
                }
            }
        }
        return patients;
    }
}
