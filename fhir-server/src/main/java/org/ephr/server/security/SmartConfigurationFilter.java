package org.ephr.server.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * SMART App Launch discovery ({@code [base]/.well-known/smart-configuration}): where apps get tokens, and which
 * scopes and capabilities this server supports. Served before the FHIR servlet, which would take
 * {@code .well-known} for a resource type.
 */
class SmartConfigurationFilter extends OncePerRequestFilter {

    static final List<String> SCOPES = List.of(
            "openid",
            "fhirUser",
            "launch/patient",
            "patient/*.rs",
            "user/*.rs",
            "user/*.cruds",
            "system/*.rs",
            "system/*.cruds");

    private final byte[] body;

    SmartConfigurationFilter(SecurityProperties properties, ObjectMapper json) throws IOException {
        Map<String, Object> configuration = new LinkedHashMap<>();
        configuration.put("issuer", properties.issuerUri());
        configuration.put("jwks_uri", properties.effectiveJwkSetUri());
        configuration.put("authorization_endpoint", properties.authorizationEndpoint());
        configuration.put("token_endpoint", properties.tokenEndpoint());
        configuration.put("grant_types_supported", List.of("authorization_code", "client_credentials"));
        // private_key_jwt: SMART Backend Services (national systems; the realm's national-ehr-jo-backend client).
        configuration.put(
                "token_endpoint_auth_methods_supported",
                List.of("client_secret_basic", "client_secret_post", "private_key_jwt"));
        configuration.put("token_endpoint_auth_signing_alg_values_supported", List.of("RS384", "ES384"));
        configuration.put("response_types_supported", List.of("code"));
        configuration.put("code_challenge_methods_supported", List.of("S256"));
        configuration.put("scopes_supported", SCOPES);
        configuration.put(
                "capabilities",
                List.of(
                        "launch-standalone",
                        "client-public",
                        "client-confidential-symmetric",
                        "client-confidential-asymmetric",
                        "context-standalone-patient",
                        "sso-openid-connect",
                        "permission-patient",
                        "permission-user",
                        "permission-v1",
                        "permission-v2"));
        this.body = json.writeValueAsBytes(configuration);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        response.setContentType("application/json");
        response.setContentLength(body.length);
        if ("GET".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }
}
