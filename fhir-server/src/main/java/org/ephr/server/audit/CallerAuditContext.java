package org.ephr.server.audit;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.storage.interceptor.balp.IBalpAuditContextServices;
import jakarta.annotation.Nonnull;
import java.util.Set;
import org.ephr.server.security.Caller;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

/**
 * Who and what an audit event names, for HAPI's BALP interceptor and for the events this package builds itself.
 * The user is the token's {@code fhirUser} where there is one, and always the login name; the client is the OAuth
 * client ({@code azp}). References are absolute under {@link AuditProperties#referenceBase()}, which the server
 * stores as logical references: an audit event must outlive what it mentions.
 */
class CallerAuditContext implements IBalpAuditContextServices {

    static final String USER_SYSTEM = "urn:ephr:keycloak-user";
    static final String CLIENT_SYSTEM = "urn:ephr:oauth-client";

    /** A request without a validated token while security is on: refused before anything was read. */
    static final Caller UNKNOWN =
            new Caller("unknown", "unknown", "unknown", Set.of(), Set.of(), null, null, null, null);

    private final String referenceBase;
    private final boolean securityEnabled;

    CallerAuditContext(String referenceBase, boolean securityEnabled) {
        this.referenceBase = referenceBase;
        this.securityEnabled = securityEnabled;
    }

    /** The caller of the request on this thread; with security off, the local stand-in. */
    Caller caller() {
        return Caller.current().orElse(securityEnabled ? UNKNOWN : Caller.UNAUTHENTICATED_LOCAL);
    }

    @Nonnull
    @Override
    public Reference getAgentClientWho(RequestDetails request) {
        return clientReference(caller());
    }

    Reference clientReference(Caller caller) {
        String clientId = caller.clientId() == null ? "unknown" : caller.clientId();
        return new Reference()
                .setIdentifier(new Identifier().setSystem(CLIENT_SYSTEM).setValue(clientId))
                .setDisplay(clientId);
    }

    @Nonnull
    @Override
    public Reference getAgentUserWho(RequestDetails request) {
        return userReference(caller());
    }

    Reference userReference(Caller caller) {
        var who = new Reference()
                .setIdentifier(new Identifier().setSystem(USER_SYSTEM).setValue(caller.username()))
                .setDisplay(caller.username());
        if (caller.fhirUser() != null) {
            var fhirUser = new IdType(caller.fhirUser());
            if (fhirUser.hasResourceType() && fhirUser.hasIdPart()) {
                who.setReference(reference(fhirUser.getResourceType(), fhirUser.getIdPart()));
            }
        }
        return who;
    }

    @Nonnull
    @Override
    public String massageResourceIdForStorage(
            @Nonnull RequestDetails request, @Nonnull IBaseResource resource, @Nonnull IIdType resourceId) {
        String type = resourceId.hasResourceType()
                ? resourceId.getResourceType()
                : request.getFhirContext().getResourceType(resource);
        return reference(type, resourceId.getIdPart());
    }

    /** {@code <reference-base>/<type>/<id>}, without a version: what a search by patient or entity matches. */
    String reference(String resourceType, String idPart) {
        return referenceBase + "/" + resourceType + "/" + idPart;
    }
}
