package vn.doanthe.security.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers that tell the browser to distrust anything but this application: no content sniffing,
 * no framing by other sites, no referrer leaving the site, and nothing with personal data kept in
 * caches; over HTTPS, HSTS. Console pages get their Content-Security-Policy from PrimeFaces (web.xml,
 * {@code primefaces.CSP_POLICY}), which adds a fresh nonce for its own scripts; everything else (the
 * API, downloads, static files) gets the strict policy here.
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String NON_PAGE_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.isSecure()) {
            // Served over HTTPS: the browser keeps to HTTPS for a year (not for other hosts of the domain,
            // which an intranet may still serve over HTTP).
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean resource = path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
        if (!resource) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (!path.endsWith(".xhtml") && !path.equals("/")) {
            response.setHeader("Content-Security-Policy", NON_PAGE_POLICY);
        }
        chain.doFilter(request, response);
    }
}
