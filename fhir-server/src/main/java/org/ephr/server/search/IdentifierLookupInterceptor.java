package org.ephr.server.search;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.model.api.IQueryParameterType;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.TokenParam;
import java.util.List;

/**
 * Runs exact business-identifier lookups ({@code identifier=system|value}, the way clinicians find a migrant by
 * e-PHR number, passport or case number) synchronously. Such a search matches a handful of records at most, so
 * HAPI's default of persisting every search for later paging only doubles its latency.
 */
@Interceptor
class IdentifierLookupInterceptor {

    static final String IDENTIFIER = "identifier";

    @Hook(Pointcut.STORAGE_PRESEARCH_REGISTERED)
    void loadExactLookupsSynchronously(SearchParameterMap parameters, RequestDetails request) {
        if (isExactIdentifierLookup(parameters)) {
            parameters.setLoadSynchronous(true);
            if (request != null
                    && parameters.getIncludes().isEmpty()
                    && parameters.getRevIncludes().isEmpty()) {
                SynchronousLookups.mark(request);
            }
        }
    }

    /** Every value given for {@code identifier} names both system and value, with no modifier. */
    static boolean isExactIdentifierLookup(SearchParameterMap parameters) {
        List<List<IQueryParameterType>> identifierParameters = parameters.get(IDENTIFIER);
        if (identifierParameters == null || identifierParameters.isEmpty() || parameters.getEverythingMode() != null) {
            return false;
        }
        return identifierParameters.stream()
                .allMatch(alternatives -> !alternatives.isEmpty()
                        && alternatives.stream().allMatch(IdentifierLookupInterceptor::isSystemAndValue));
    }

    private static boolean isSystemAndValue(IQueryParameterType parameter) {
        return parameter instanceof TokenParam token
                && token.getModifier() == null
                && token.getSystem() != null
                && !token.getSystem().isBlank()
                && token.getValue() != null
                && !token.getValue().isBlank();
    }
}
