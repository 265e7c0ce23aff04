package org.ephr.server.validation;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;

/**
 * HAPI records where a version came from in {@code meta.source} as {@code <source>#<request id>}, and returns it on
 * every read. The validator takes a value that starts with {@code #} for a reference to a contained resource and
 * calls it an error, so a client that reads a profiled record, changes it and sends it back would get 422. Only that
 * one message, at {@code meta.source}, is dropped.
 */
@Interceptor
class MetaSourceMessageFilter {

    private static final String INTERNAL_TARGET = "appears to point to an internal target";

    @Hook(Pointcut.VALIDATION_COMPLETED)
    ValidationResult completed(ValidationResult result) {
        List<SingleValidationMessage> kept = result.getMessages().stream()
                .filter(message -> !isMetaSourceFragment(message))
                .toList();
        return kept.size() == result.getMessages().size() ? result : new ValidationResult(result.getContext(), kept);
    }

    private static boolean isMetaSourceFragment(SingleValidationMessage message) {
        String location = message.getLocationString();
        return location != null
                && location.endsWith("meta.source")
                && message.getMessage() != null
                && message.getMessage().contains(INTERNAL_TARGET);
    }
}
