package org.ephr.server.consent;

import com.google.common.base.Suppliers;
import java.util.List;
import java.util.function.Supplier;

/**
 * What access decisions about one patient's record depend on.
 *
 * @param exists false when there is no such patient (then nobody is granted anything by consent)
 * @param custodian the Organization that holds the record ({@code Patient.managingOrganization}), or null
 * @param custodianCountry that organisation's country (ISO 3166 alpha-2), or null
 * @param directives the patient's active consents, read on first need only: the custodian's own reads, the
 *     commonest, never need them
 */
record PatientRecordFacts(
        boolean exists, String custodian, String custodianCountry, Supplier<List<ConsentDirective>> directives) {

    static final PatientRecordFacts UNKNOWN = new PatientRecordFacts(false, null, null, List::of);

    PatientRecordFacts {
        directives = Suppliers.memoize(directives::get);
    }

    List<ConsentDirective> patientConsents() {
        return directives.get().stream()
                .filter(directive -> !directive.breakGlass())
                .toList();
    }

    List<ConsentDirective> breakGlassGrants() {
        return directives.get().stream().filter(ConsentDirective::breakGlass).toList();
    }
}
