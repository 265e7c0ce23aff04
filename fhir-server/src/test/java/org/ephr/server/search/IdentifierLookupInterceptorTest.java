package org.ephr.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.model.api.Include;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.param.TokenParamModifier;
import org.junit.jupiter.api.Test;

class IdentifierLookupInterceptorTest {

    private static final String EPHR = "https://fhir.migrant-ephr.org/sid/ephr-number";
    private final IdentifierLookupInterceptor interceptor = new IdentifierLookupInterceptor();
    private final RequestDetails request = new SystemRequestDetails();

    @Test
    void lookupWhenNothingIncludedThenMarkedAsPlainLookup() {
        var parameters = new SearchParameterMap();
        parameters.add("identifier", new TokenParam(EPHR, "EPHR-42-1"));

        interceptor.loadExactLookupsSynchronously(parameters, request);

        assertThat(SynchronousLookups.isPlainSynchronousLookup(request)).isTrue();
    }

    @Test
    void lookupWhenOtherResourcesIncludedThenNotMarked() {
        var parameters = new SearchParameterMap();
        parameters.add("identifier", new TokenParam(EPHR, "EPHR-42-1"));
        parameters.addInclude(new Include("Patient:organization"));

        interceptor.loadExactLookupsSynchronously(parameters, request);

        assertThat(parameters.isLoadSynchronous()).isTrue();
        assertThat(SynchronousLookups.isPlainSynchronousLookup(request)).isFalse();
    }

    @Test
    void searchWhenIdentifierHasSystemAndValueThenLoadedSynchronously() {
        var parameters = SearchParameterMap.newSynchronous().setLoadSynchronous(false);
        parameters.add("identifier", new TokenParam(EPHR, "EPHR-42-1"));

        interceptor.loadExactLookupsSynchronously(parameters, request);

        assertThat(parameters.isLoadSynchronous()).isTrue();
    }

    @Test
    void searchWhenSeveralExactIdentifiersAreAlternativesThenLoadedSynchronously() {
        var parameters = new SearchParameterMap();
        parameters.add(
                "identifier",
                new TokenOrListParam()
                        .add(EPHR, "EPHR-42-1")
                        .add("https://fhir.migrant-ephr.org/sid/passport", "N123"));

        interceptor.loadExactLookupsSynchronously(parameters, request);

        assertThat(parameters.isLoadSynchronous()).isTrue();
    }

    @Test
    void searchWhenIdentifierHasNoSystemThenLeftToNormalPaging() {
        var parameters = new SearchParameterMap();
        parameters.add("identifier", new TokenParam(null, "EPHR-42-1"));

        interceptor.loadExactLookupsSynchronously(parameters, request);

        assertThat(parameters.isLoadSynchronous()).isFalse();
    }

    @Test
    void searchWhenIdentifierHasModifierThenLeftToNormalPaging() {
        var parameters = new SearchParameterMap();
        parameters.add("identifier", new TokenParam(EPHR, "EPHR-42-1").setModifier(TokenParamModifier.NOT));

        interceptor.loadExactLookupsSynchronously(parameters, request);

        assertThat(parameters.isLoadSynchronous()).isFalse();
    }

    @Test
    void searchWhenNoIdentifierThenLeftToNormalPaging() {
        var parameters = new SearchParameterMap();
        parameters.add("family", new StringParam("Haddad"));

        interceptor.loadExactLookupsSynchronously(parameters, request);

        assertThat(parameters.isLoadSynchronous()).isFalse();
    }
}
