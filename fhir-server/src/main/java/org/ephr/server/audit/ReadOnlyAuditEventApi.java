package org.ephr.server.audit;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;

/**
 * The REST face of a read-only AuditEvent: tag changes ({@code $meta-add}, {@code $meta-delete}, which bypass the
 * storage hooks of {@link AuditEventWriteGuard}) are refused, and the CapabilityStatement offers reads only.
 */
@Interceptor
class ReadOnlyAuditEventApi {

    private static final Set<RestOperationTypeEnum> TAG_WRITES =
            Set.of(RestOperationTypeEnum.META_ADD, RestOperationTypeEnum.META_DELETE);

    private static final Set<TypeRestfulInteraction> WRITES = Set.of(
            TypeRestfulInteraction.CREATE,
            TypeRestfulInteraction.UPDATE,
            TypeRestfulInteraction.PATCH,
            TypeRestfulInteraction.DELETE);

    @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
    void refuseTagWrites(RequestDetails request, RestOperationTypeEnum operation) {
        if (TAG_WRITES.contains(operation) && "AuditEvent".equals(request.getResourceName())) {
            throw AuditEventWriteGuard.refusal();
        }
    }

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
                }
            }
        }
    }
}
