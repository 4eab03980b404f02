package vn.doanthe.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * A user whose password was given to them (a new account, a reset) changes it before anything
 * else: every console page but the change itself, the login page and the error pages leads to it.
 * The API answers such a user 403 (see {@link ConsoleAndApiAuthentication}).
 */
@WebFilter(urlPatterns = "*.xhtml")
public class PasswordChangeFirst extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String PASSWORD_PAGE = "/account/password.xhtml";
    private static final Set<String> ALLOWED = Set.of(PASSWORD_PAGE, "/login.xhtml");

    @Inject
    UserSession session;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getSession(false) == null || !session.isSignedIn() || !session.getUser().mustChangePassword()
                || ALLOWED.contains(path) || path.startsWith("/errors/")) {
            chain.doFilter(request, response);
            return;
        }
        ConsoleAndApiAuthentication.redirect(request, response, request.getContextPath() + PASSWORD_PAGE);
    }
}
