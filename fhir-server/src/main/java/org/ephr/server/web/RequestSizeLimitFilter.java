package org.ephr.server.web;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.exceptions.PayloadTooLargeException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the size of a FHIR request body. A declared Content-Length over the cap is refused before reading; a
 * streamed body is cut off once it passes the cap, inside HAPI's request handling, which turns the exception
 * into a 413 OperationOutcome.
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final FhirContext fhirContext;
    private final long maxBytes;

    RequestSizeLimitFilter(FhirContext fhirContext, long maxBytes) {
        this.fhirContext = fhirContext;
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            writeTooLarge(response);
            return;
        }
        chain.doFilter(new LimitedRequest(request, maxBytes), response);
    }

    private void writeTooLarge(HttpServletResponse response) throws IOException {
        var outcome = new OperationOutcome();
        outcome.addIssue()
                .setSeverity(OperationOutcome.IssueSeverity.ERROR)
                .setCode(OperationOutcome.IssueType.TOOLONG)
                .setDiagnostics(tooLargeMessage(maxBytes));
        response.setStatus(413);
        response.setContentType("application/fhir+json;charset=utf-8");
        response.getWriter().write(fhirContext.newJsonParser().encodeResourceToString(outcome));
    }

    static String tooLargeMessage(long maxBytes) {
        return "Request body is larger than this server accepts (" + maxBytes + " bytes)";
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long maxBytes;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedInputStream(super.getInputStream(), maxBytes);
            }
            return stream;
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {
        private final ServletInputStream delegate;
        private final long maxBytes;
        private long read;

        LimitedInputStream(ServletInputStream delegate, long maxBytes) {
            this.delegate = delegate;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > maxBytes) {
                throw new PayloadTooLargeException(tooLargeMessage(maxBytes));
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
