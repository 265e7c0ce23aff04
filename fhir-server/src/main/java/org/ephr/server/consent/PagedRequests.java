package org.ephr.server.consent;

import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.EnumSet;
import java.util.Set;

/**
 * The requests whose results HAPI loads in search passes and hands out page by page: searches, {@code $everything}
 * and the later pages of a result. (History is read page by page without passes.)
 */
final class PagedRequests {

    private static final Set<RestOperationTypeEnum> PAGED = EnumSet.of(
            RestOperationTypeEnum.SEARCH_TYPE, RestOperationTypeEnum.SEARCH_SYSTEM, RestOperationTypeEnum.GET_PAGE);

    private static final Set<RestOperationTypeEnum> OPERATIONS = EnumSet.of(
            RestOperationTypeEnum.EXTENDED_OPERATION_INSTANCE, RestOperationTypeEnum.EXTENDED_OPERATION_TYPE);

    private PagedRequests() {}

    static boolean isPaged(RequestDetails request) {
        RestOperationTypeEnum type = request.getRestOperationType();
        return PAGED.contains(type) || (OPERATIONS.contains(type) && "$everything".equals(request.getOperation()));
    }
}
