package org.ephr.server.consent;

import java.util.List;

/**
 * What access decisions about one patient's record depend on.
 *
 * @param exists false when there is no such patient (then nobody is granted anything by consent)
 * @param custodian the Organization that holds the record ({@code Patient.managingOrganization}), or null
 * @param custodianCountry that organisation's country (ISO 3166 alpha-2), or null
 */
record PatientRecordFacts(
        boolean exists, String custodian, String custodianCountry, List<ConsentDirective> directives) {

    static final PatientRecordFacts UNKNOWN = new PatientRecordFacts(false, null, null, List.of());

    List<ConsentDirective> patientConsents() {
        return directives.stream().filter(directive -> !directive.breakGlass()).toList();
    }

    List<ConsentDirective> breakGlassGrants() {
        return directives.stream().filter(ConsentDirective::breakGlass).toList();
    }
}
