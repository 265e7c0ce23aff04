package org.ephr.server.audit;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.HookParams;
import ca.uhn.fhir.interceptor.api.IInterceptorBroadcaster;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.Delete;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Patch;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Sort;
import ca.uhn.fhir.rest.annotation.Update;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.PatchTypeEnum;
import ca.uhn.fhir.rest.api.SortOrderEnum;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.IPreResourceShowDetails;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SimplePreResourceShowDetails;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceAndListParam;
import ca.uhn.fhir.rest.param.ReferenceOrListParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenAndListParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.SimpleBundleProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import ca.uhn.fhir.rest.server.util.CompositeInterceptorBroadcaster;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ephr.server.audit.AuditEventQuery.KeyCondition;
import org.ephr.server.audit.AuditSearchKeys.Kind;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.IdType;

/**
 * The REST face of the audit trail, over {@link AuditEventStore}: read, vread (every event has one version) and
 * search by the parameters people ask the trail (who, about which patient or record, what, when, with what
 * outcome), oldest first or {@code _sort=-date}. Writes are refused: the trail is written by the server alone.
 */
class AuditEventProvider implements IResourceProvider {

    static final List<String> SEARCH_PARAMETERS = List.of(
            "_id",
            AuditEvent.SP_PATIENT,
            AuditEvent.SP_ENTITY,
            AuditEvent.SP_AGENT,
            AuditEvent.SP_TYPE,
            AuditEvent.SP_SUBTYPE,
            AuditEvent.SP_ACTION,
            AuditEvent.SP_OUTCOME,
            AuditEvent.SP_DATE);

    private static final int DEFAULT_COUNT = 20;
    private static final int MAX_COUNT = 1000;

    private final AuditEventStore store;
    private final FhirContext fhirContext;
    private final IInterceptorBroadcaster storageHooks;

    AuditEventProvider(AuditEventStore store, FhirContext fhirContext, IInterceptorBroadcaster storageHooks) {
        this.store = store;
        this.fhirContext = fhirContext;
        this.storageHooks = storageHooks;
    }

    @Override
    public Class<AuditEvent> getResourceType() {
        return AuditEvent.class;
    }

    @Read(version = true)
    public AuditEvent read(@IdParam IdType id, RequestDetails request) {
        if (id.hasVersionIdPart() && !"1".equals(id.getVersionIdPart())) {
            throw new ResourceNotFoundException(id);
        }
        AuditEvent event =
                store.byId(id.getIdPart()).map(this::resource).orElseThrow(() -> new ResourceNotFoundException(id));
        return shown(List.of(event), request).stream().findFirst().orElseThrow(() -> new ResourceNotFoundException(id));
    }

    @Search
    public IBundleProvider search(
            @OptionalParam(name = "_id") TokenOrListParam ids,
            @OptionalParam(name = AuditEvent.SP_PATIENT) ReferenceAndListParam patient,
            @OptionalParam(name = AuditEvent.SP_ENTITY) ReferenceAndListParam entity,
            @OptionalParam(name = AuditEvent.SP_AGENT) ReferenceAndListParam agent,
            @OptionalParam(name = AuditEvent.SP_TYPE) TokenAndListParam type,
            @OptionalParam(name = AuditEvent.SP_SUBTYPE) TokenAndListParam subtype,
            @OptionalParam(name = AuditEvent.SP_ACTION) TokenAndListParam action,
            @OptionalParam(name = AuditEvent.SP_OUTCOME) TokenAndListParam outcome,
            @OptionalParam(name = AuditEvent.SP_DATE) DateRangeParam date,
            @Sort SortSpec sort,
            @Count Integer count,
            @Offset Integer offset,
            RequestDetails request) {
        List<KeyCondition> keys = new ArrayList<>();
        references(keys, Kind.PATIENT, patient);
        references(keys, Kind.ENTITY, entity);
        references(keys, Kind.AGENT, agent);
        tokens(keys, Kind.TYPE, type);
        tokens(keys, Kind.SUBTYPE, subtype);
        tokens(keys, Kind.ACTION, action);
        tokens(keys, Kind.OUTCOME, outcome);
        var query = new AuditEventQuery(
                ids(ids),
                keys,
                date == null ? null : instant(date.getLowerBoundAsInstant()),
                date == null ? null : instant(date.getUpperBoundAsInstant()),
                newestFirst(sort));

        int pageSize = count == null ? DEFAULT_COUNT : Math.max(0, Math.min(MAX_COUNT, count));
        int from = offset == null ? 0 : Math.max(0, offset);
        List<AuditEvent> page = shown(
                store.search(query, from, pageSize).stream().map(this::resource).toList(), request);
        var result = new SimpleBundleProvider(page);
        result.setCurrentPageOffset(from);
        result.setCurrentPageSize(pageSize);
        result.setSize(store.count(query));
        return result;
    }

    @Create
    public MethodOutcome create(@ResourceParam AuditEvent event) {
        throw AuditEventWriteGuard.refusal();
    }

    @Update
    public MethodOutcome update(@IdParam IdType id, @ResourceParam AuditEvent event) {
        throw AuditEventWriteGuard.refusal();
    }

    @Patch
    public MethodOutcome patch(@IdParam IdType id, PatchTypeEnum patchType, @ResourceParam String body) {
        throw AuditEventWriteGuard.refusal();
    }

    @Delete
    public MethodOutcome delete(@IdParam IdType id) {
        throw AuditEventWriteGuard.refusal();
    }

    /** The newest events about a patient, for its access log (an operation of its own, audited as such). */
    List<AuditEvent> newestAbout(String patientId, int limit) {
        return store.search(AuditEventQuery.byPatient("Patient/" + patientId, true), 0, limit).stream()
                .map(this::resource)
                .toList();
    }

    /** The stored canonical form, with the version and time of its only write. */
    private AuditEvent resource(AuditEventStore.StoredEvent stored) {
        AuditEvent event = fhirContext.newJsonParser().parseResource(AuditEvent.class, stored.json());
        event.setIdElement(new IdType("AuditEvent", stored.id(), "1"));
        event.getMeta().setVersionId("1").setLastUpdated(Date.from(stored.stored()));
        return event;
    }

    /**
     * What HAPI's JPA storage does before showing resources, which plain providers must do themselves: the
     * pre-show hooks, through which the BALP capture audits who read the trail and consent and authorization see
     * what is returned.
     */
    private List<AuditEvent> shown(List<AuditEvent> events, RequestDetails request) {
        if (request == null || events.isEmpty()) {
            return events;
        }
        var hooks = CompositeInterceptorBroadcaster.newCompositeBroadcaster(storageHooks, request);
        if (!hooks.hasHooks(Pointcut.STORAGE_PRESHOW_RESOURCES)) {
            return events;
        }
        var details = new SimplePreResourceShowDetails(events);
        hooks.callHooks(
                Pointcut.STORAGE_PRESHOW_RESOURCES,
                new HookParams()
                        .add(IPreResourceShowDetails.class, details)
                        .add(RequestDetails.class, request)
                        .addIfMatchesType(ServletRequestDetails.class, request));
        return details.getAllResources().stream()
                .filter(Objects::nonNull)
                .map(AuditEvent.class::cast)
                .toList();
    }

    private static Set<String> ids(TokenOrListParam ids) {
        if (ids == null) {
            return Set.of();
        }
        Set<String> values = new LinkedHashSet<>();
        ids.getValuesAsQueryTokens().forEach(token -> values.add(new IdType(token.getValue()).getIdPart()));
        return values;
    }

    private static void references(List<KeyCondition> keys, Kind kind, ReferenceAndListParam and) {
        if (and == null) {
            return;
        }
        for (ReferenceOrListParam or : and.getValuesAsQueryTokens()) {
            Set<String> anyOf = new LinkedHashSet<>();
            for (ReferenceParam reference : or.getValuesAsQueryTokens()) {
                anyOf.add(relative(kind, reference));
            }
            keys.add(new KeyCondition(kind, anyOf));
        }
    }

    private static String relative(Kind kind, ReferenceParam reference) {
        if (reference.hasChain()) {
            throw new InvalidRequestException("AuditEvent search does not support chained parameters ("
                    + kind.name().toLowerCase() + "." + reference.getChain() + ")");
        }
        String relative = AuditSearchKeys.relative(reference.getValue());
        if (relative != null) {
            return relative;
        }
        String type = reference.getResourceType() != null
                ? reference.getResourceType()
                : kind == Kind.PATIENT ? "Patient" : null;
        if (type == null) {
            throw new InvalidRequestException(
                    "Give the " + kind.name().toLowerCase() + " reference with its type, e.g. Practitioner/123");
        }
        return type + "/" + reference.getIdPart();
    }

    private static void tokens(List<KeyCondition> keys, Kind kind, TokenAndListParam and) {
        if (and == null) {
            return;
        }
        for (TokenOrListParam or : and.getValuesAsQueryTokens()) {
            Set<String> anyOf = new LinkedHashSet<>();
            for (TokenParam token : or.getValuesAsQueryTokens()) {
                if (token.getModifier() != null
                        || token.getValue() == null
                        || token.getValue().isEmpty()) {
                    throw new InvalidRequestException("AuditEvent search by "
                            + kind.name().toLowerCase() + " takes a code or system|code, without modifiers");
                }
                anyOf.add(token.getSystem() == null ? token.getValue() : token.getSystem() + "|" + token.getValue());
            }
            keys.add(new KeyCondition(kind, anyOf));
        }
    }

    private static boolean newestFirst(SortSpec sort) {
        if (sort == null) {
            return false;
        }
        if (!AuditEvent.SP_DATE.equals(sort.getParamName()) || sort.getChain() != null) {
            throw new InvalidRequestException("AuditEvent search sorts by date or -date only");
        }
        return sort.getOrder() == SortOrderEnum.DESC;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
