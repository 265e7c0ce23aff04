package org.ephr.server.security;

import java.util.List;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * A verified token and the {@link Caller} read from it, once per request: rules, consent and audit all ask who
 * the caller is, several times a request. The user's login names the principal (for logs).
 */
final class CallerAuthentication extends JwtAuthenticationToken {

    private final transient Caller caller;

    private CallerAuthentication(Jwt jwt, Caller caller) {
        super(jwt, List.of(), caller.username());
        this.caller = caller;
    }

    static CallerAuthentication of(Jwt jwt) {
        return new CallerAuthentication(jwt, Caller.fromToken(jwt));
    }

    Caller caller() {
        return caller;
    }
}
