package org.ephr.server.audit;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;

/**
 * What the CapabilityStatement says of AuditEvent: reads and searches only, by the parameters {@link
 * AuditEventProvider} supports (HAPI would list every parameter its registry knows).
 */
@Interceptor
class AuditEventCapabilities {

    private static final Set<TypeRestfulInteraction> WRITES = Set.of(
            TypeRestfulInteraction.CREATE,
            TypeRestfulInteraction.UPDATE,
            TypeRestfulInteraction.PATCH,
            TypeRestfulInteraction.DELETE);

    @Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
    void offerReadsOnly(IBaseConformance generated) {
        var capabilities = (CapabilityStatement) generated;
        for (var rest : capabilities.getRest()) {
            for (var resource : rest.getResource()) {
                if ("AuditEvent".equals(resource.getType())) {
                    resource.getInteraction().removeIf(interaction -> WRITES.contains(interaction.getCode()));
                    resource.setConditionalCreate(false);
                    resource.setConditionalUpdate(false);
                    resource.setConditionalDelete(null);
                    resource.setUpdateCreate(false);
                    resource.getSearchParam()
                            .removeIf(parameter -> !AuditEventProvider.SEARCH_PARAMETERS.contains(parameter.getName()));
                    resource.getSearchInclude().clear();
                    resource.getSearchRevInclude().clear();
                }
            }
        }
    }
}
