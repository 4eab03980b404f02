package vn.doanthe.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.doanthe.security.control.ClientOrigin;

/** Tells the domain where each request came from, for the audit trail. */
@WebFilter(urlPatterns = "/*")
public class ClientOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    ClientOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        origin.address(request.getRemoteAddr());
        chain.doFilter(request, response);
    }
}
