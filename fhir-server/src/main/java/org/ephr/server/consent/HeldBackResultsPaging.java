package org.ephr.server.consent;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.interceptor.model.RequestPartitionId;
import ca.uhn.fhir.jpa.dao.tx.IHapiTransactionService;
import ca.uhn.fhir.jpa.entity.Search;
import ca.uhn.fhir.jpa.model.search.SearchStatusEnum;
import ca.uhn.fhir.jpa.search.cache.ISearchCacheSvc;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.ResponseDetails;
import java.util.Set;
import org.ephr.server.security.Caller;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Gives a page of search results its next link when consent held results back and HAPI left the link out.
 *
 * <p>HAPI loads a search's results in passes (the first: a page and one result more), and counts a result consent
 * holds back before loading as loaded. A page that then comes up one short of its next result goes out without a
 * next link, though the search has more to load: every later result was unreachable, and a national system's sync
 * missed changes. The search itself knows better: while it is not finished (pass complete, or loading) there may be
 * more, and the link is added. The next page may come back empty.
 */
@Interceptor
class HeldBackResultsPaging {

    private static final String HELD_BACK = HeldBackResultsPaging.class.getName() + ".held-back";
    private static final Set<SearchStatusEnum> MORE_TO_LOAD =
            Set.of(SearchStatusEnum.PASSCMPLET, SearchStatusEnum.LOADING);

    private final ISearchCacheSvc searches;
    private final IHapiTransactionService transactions;
    private final int defaultPageSize;
    private final int maxPageSize;

    HeldBackResultsPaging(
            ISearchCacheSvc searches, IHapiTransactionService transactions, int defaultPageSize, int maxPageSize) {
        this.searches = searches;
        this.transactions = transactions;
        this.defaultPageSize = defaultPageSize;
        this.maxPageSize = maxPageSize;
    }

    /** Notes that consent held a result of this request back before it was loaded. */
    static void markHeldBack(RequestDetails request) {
        request.getUserData().put(HELD_BACK, Boolean.TRUE);
    }

    @Hook(Pointcut.SERVER_OUTGOING_RESPONSE)
    void linkNextPage(RequestDetails request, ResponseDetails response) {
        if (!(response.getResponseResource() instanceof Bundle page)
                || page.getType() != Bundle.BundleType.SEARCHSET
                || page.getLink(Bundle.LINK_NEXT) != null
                || !page.hasId()
                || !mayHaveBeenHeldBack(request)) {
            return;
        }
        String searchId = page.getIdElement().getIdPart();
        boolean moreToLoad = transactions.withSystemRequest().execute(() -> searches.fetchByUuid(
                        searchId, RequestPartitionId.allPartitions())
                .map(Search::getStatus)
                .filter(MORE_TO_LOAD::contains)
                .isPresent());
        if (moreToLoad) {
            // The page size HAPI used: a larger _count is capped.
            int count = Math.min(intParameter(request, Constants.PARAM_COUNT, defaultPageSize), maxPageSize);
            int offset = intParameter(request, Constants.PARAM_PAGINGOFFSET, 0);
            page.addLink()
                    .setRelation(Bundle.LINK_NEXT)
                    .setUrl(request.getFhirServerBase() + "?" + Constants.PARAM_PAGINGACTION + "=" + searchId + "&"
                            + Constants.PARAM_PAGINGOFFSET + "=" + (offset + count) + "&" + Constants.PARAM_COUNT + "="
                            + count + "&" + Constants.PARAM_BUNDLETYPE + "=searchset");
        }
    }

    /**
     * Held back in this request's own pass, or, for a later page, in any earlier one (the page does not tell):
     * only for callers consent binds, the only ones it holds anything back from.
     */
    private static boolean mayHaveBeenHeldBack(RequestDetails request) {
        if (Boolean.TRUE.equals(request.getUserData().get(HELD_BACK))) {
            return true;
        }
        return request.getRestOperationType() == RestOperationTypeEnum.GET_PAGE
                && Caller.current().filter(RecordConsentService::appliesTo).isPresent();
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
