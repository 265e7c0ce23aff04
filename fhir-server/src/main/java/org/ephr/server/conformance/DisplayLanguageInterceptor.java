package org.ephr.server.conformance;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.List;
import java.util.Locale;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.r4.model.ValueSet.ValueSetExpansionContainsComponent;

/**
 * Honours {@code $expand?displayLanguage=}: FHIR says the expansion's {@code contains.display} is then in that
 * language, but HAPI only filters designations. The translations are the e-PHR package's designations; a concept
 * without one in the requested language keeps its English display.
 */
@Interceptor
class DisplayLanguageInterceptor {

    static final String EXPAND = "$expand";
    static final String DISPLAY_LANGUAGE = "displayLanguage";

    private final Translations translations;

    DisplayLanguageInterceptor(Translations translations) {
        this.translations = translations;
    }

    @Hook(Pointcut.SERVER_OUTGOING_RESPONSE)
    void translateDisplays(RequestDetails request, IBaseResource response) {
        String[] languages = request.getParameters().get(DISPLAY_LANGUAGE);
        if (!EXPAND.equals(request.getOperation()) || languages == null || !(response instanceof ValueSet valueSet)) {
            return;
        }
        String language = primaryLanguage(languages[0]);
        translate(valueSet.getExpansion().getContains(), language);
    }

    private void translate(List<ValueSetExpansionContainsComponent> concepts, String language) {
        for (var concept : concepts) {
            translations
                    .display(concept.getSystem(), concept.getCode(), language)
                    .ifPresent(concept::setDisplay);
            translate(concept.getContains(), language);
        }
    }

    /** "fr-CH" reads "fr": the package's designations carry plain language codes. */
    static String primaryLanguage(String tag) {
        return tag.split("-", 2)[0].toLowerCase(Locale.ROOT);
    }
}
