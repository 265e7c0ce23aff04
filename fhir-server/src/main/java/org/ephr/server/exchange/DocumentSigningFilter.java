package org.ephr.server.exchange;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import org.ephr.export.ReportSigner;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Signs the patient summaries the server hands out, over the exact bytes sent: a detached JWS (Ed25519, unencoded
 * payload, as for IHR reports) in the {@value #HEADER} response header. Signing the bytes rather than a FHIR
 * element leaves nothing to re-serialise, so any receiver verifies with the public key alone. The response is not
 * compressed, so that the bytes a client reads are the bytes signed.
 */
class DocumentSigningFilter extends OncePerRequestFilter {

    static final String HEADER = "Document-Signature";

    private final ReportSigner signer;

    DocumentSigningFilter(ReportSigner signer) {
        this.signer = signer;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !(path.endsWith("/$summary") && path.contains("/Patient"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var captured = new ContentCachingResponseWrapper(response);
        chain.doFilter(new IdentityEncoding(request), captured);
        byte[] body = captured.getContentAsByteArray();
        if (captured.getStatus() == HttpServletResponse.SC_OK && body.length > 0) {
            captured.setHeader(HEADER, signer.sign(body));
        }
        captured.copyBodyToResponse();
    }

    /** Hides {@code Accept-Encoding}: a client that decompresses would otherwise verify other bytes than signed. */
    private static final class IdentityEncoding extends HttpServletRequestWrapper {
        IdentityEncoding(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return "Accept-Encoding".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "Accept-Encoding".equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }
    }
}
