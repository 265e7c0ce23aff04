package org.ephr.server.consent;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import org.junit.jupiter.api.Test;

class PagedRequestsTest {

    @Test
    void searchesAndLaterPagesThenPaged() {
        assertThat(isPaged(RestOperationTypeEnum.SEARCH_TYPE, null)).isTrue();
        assertThat(isPaged(RestOperationTypeEnum.SEARCH_SYSTEM, null)).isTrue();
        assertThat(isPaged(RestOperationTypeEnum.GET_PAGE, null)).isTrue();
    }

    @Test
    void everythingThenPagedAndOtherOperationsNot() {
        assertThat(isPaged(RestOperationTypeEnum.EXTENDED_OPERATION_INSTANCE, "$everything"))
                .isTrue();
        assertThat(isPaged(RestOperationTypeEnum.EXTENDED_OPERATION_TYPE, "$everything"))
                .isTrue();
        assertThat(isPaged(RestOperationTypeEnum.EXTENDED_OPERATION_INSTANCE, "$summary"))
                .isFalse();
    }

    @Test
    void readsHistoryAndTransactionsThenNotPaged() {
        assertThat(isPaged(RestOperationTypeEnum.READ, null)).isFalse();
        assertThat(isPaged(RestOperationTypeEnum.HISTORY_TYPE, null)).isFalse();
        assertThat(isPaged(RestOperationTypeEnum.VREAD, null)).isFalse();
        assertThat(isPaged(RestOperationTypeEnum.TRANSACTION, null)).isFalse();
    }

    private static boolean isPaged(RestOperationTypeEnum type, String operation) {
        var request = new SystemRequestDetails();
        request.setRestOperationType(type);
        request.setOperation(operation);
        return PagedRequests.isPaged(request);
    }
}
