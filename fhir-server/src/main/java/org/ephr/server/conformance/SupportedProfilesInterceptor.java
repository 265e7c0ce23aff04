package org.ephr.server.conformance;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CapabilityStatement;

/** Lists the e-PHR profiles under each resource type of the CapabilityStatement ({@code supportedProfile}). */
@Interceptor
class SupportedProfilesInterceptor {

    private final ConformancePackage conformancePackage;

    SupportedProfilesInterceptor(ConformancePackage conformancePackage) {
        this.conformancePackage = conformancePackage;
    }

    @Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
    void listSupportedProfiles(IBaseConformance generated) {
        var capabilities = (CapabilityStatement) generated;
        for (var resource : capabilities.getRestFirstRep().getResource()) {
            for (String profile : conformancePackage.profilesOf(resource.getType())) {
                boolean listed = resource.getSupportedProfile().stream()
                        .map(CanonicalType::getValue)
                        .anyMatch(profile::equals);
                if (!listed) {
                    resource.addSupportedProfile(profile);
                }
            }
        }
    }
}
