package org.ephr.server.config;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.SystemRestfulInteraction;

/** Completes HAPI's generated CapabilityStatement with what this server is and does. */
@Interceptor
class CapabilityStatementInterceptor {

    private final String softwareVersion;

    CapabilityStatementInterceptor(String softwareVersion) {
        this.softwareVersion = softwareVersion;
    }

    @Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
    void describe(IBaseConformance generated) {
        var capabilities = (CapabilityStatement) generated;
        capabilities.getSoftware().setName("Migrant e-PHR").setVersion(softwareVersion);
        capabilities.setPublisher("Migrant e-PHR project");
        var rest = capabilities.getRestFirstRep();
        // HAPI processes batch bundles through the transaction operation but only advertises "transaction".
        boolean batchListed =
                rest.getInteraction().stream().anyMatch(i -> i.getCode() == SystemRestfulInteraction.BATCH);
        if (!batchListed) {
            rest.addInteraction().setCode(SystemRestfulInteraction.BATCH);
        }
    }
}
