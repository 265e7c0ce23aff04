package org.ephr.server.consent;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.interceptor.model.RequestPartitionId;
import ca.uhn.fhir.jpa.api.svc.ISearchCoordinatorSvc;
import ca.uhn.fhir.model.valueset.BundleTypeEnum;
import ca.uhn.fhir.rest.api.BundleLinks;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.ResponseDetails;
import ca.uhn.fhir.rest.server.RestfulServerUtils;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Gives a page of search results its next link when consent held results back and HAPI left the link out.
 *
 * <p>HAPI loads a search's results in passes (the first: a page and one result more), and counts a result consent
 * holds back before loading as loaded. A page that then came up one short of its next result went out without a next
 * link, though the search had more to load: every later result was unreachable, and a national system's sync missed
 * changes. Here the next result is asked for as the next page would ask for it: the search continues, consent holding
 * back again what the caller may not see, and the link is added only when a result the caller may see is there. So
 * the links are those the caller would get if the hidden results did not exist: a link that appeared because of them
 * would tell that they do.
 */
@Interceptor
class HeldBackResultsPaging {

    private static final String HELD_BACK = HeldBackResultsPaging.class.getName() + ".held-back";

    private final ISearchCoordinatorSvc<?> searches;
    private final int defaultPageSize;
    private final int maxPageSize;

    HeldBackResultsPaging(ISearchCoordinatorSvc<?> searches, int defaultPageSize, int maxPageSize) {
        this.searches = searches;
        this.defaultPageSize = defaultPageSize;
        this.maxPageSize = maxPageSize;
    }

    /** Notes that consent held a result of this request back before it was loaded. */
    static void markHeldBack(RequestDetails request) {
        request.getUserData().put(HELD_BACK, Boolean.TRUE);
    }

    @Hook(Pointcut.SERVER_OUTGOING_RESPONSE)
    void linkNextPage(RequestDetails request, ResponseDetails response) {
        if (!Boolean.TRUE.equals(request.getUserData().get(HELD_BACK))
                || !(response.getResponseResource() instanceof Bundle page)
                || page.getType() != Bundle.BundleType.SEARCHSET
                || page.getLink(Bundle.LINK_NEXT) != null
                || !page.hasId()) {
            return;
        }
        String searchId = page.getIdElement().getIdPart();
        // Offset and page size as HAPI reads them: a negative offset is 0, a missing or non-positive _count the
        // default, a larger one capped.
        int offset = Math.max(0, intParameter(request, Constants.PARAM_PAGINGOFFSET, 0));
        int count = intParameter(request, Constants.PARAM_COUNT, defaultPageSize);
        count = Math.min(count > 0 ? count : defaultPageSize, maxPageSize);
        int next = offset + count;
        try {
            if (searches.getResources(searchId, next, next + 1, request, RequestPartitionId.allPartitions())
                    .isEmpty()) {
                return;
            }
        } catch (ResourceGoneException notPersisted) {
            return; // a search answered at once (an _offset page, say) is not kept: HAPI gave it its own links
        }
        var links = new BundleLinks(
                request.getFhirServerBase(),
                Set.of(),
                RestfulServerUtils.prettyPrintResponse(request.getServer(), request),
                BundleTypeEnum.SEARCHSET);
        page.addLink()
                .setRelation(Bundle.LINK_NEXT)
                .setUrl(RestfulServerUtils.createPagingLink(
                        links, request, searchId, next, count, request.getParameters()));
    }

    private static int intParameter(RequestDetails request, String name, int fallback) {
        String[] values = request.getParameters().get(name);
        if (values == null || values.length == 0) {
            return fallback;
        }
        try {
            return Integer.parseInt(values[0]);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
