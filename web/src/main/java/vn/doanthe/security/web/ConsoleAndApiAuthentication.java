package vn.doanthe.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import vn.doanthe.platform.api.Problem;
import vn.doanthe.platform.api.RequestLocale;
import vn.doanthe.platform.control.LogText;
import vn.doanthe.platform.web.DomainMessages;
import vn.doanthe.security.boundary.ApiTokens;
import vn.doanthe.security.boundary.SignedInUser;
import vn.doanthe.security.boundary.Users;

/**
 * Two ways in, one identity store. The console signs in with its login form and keeps the user in
 * the HTTP session (its id renewed at login); the API ({@code /api/}) takes an API token
 * ({@code Authorization: Bearer dt_…}) or HTTP Basic credentials on every request and never uses a
 * session, so a browser's console session cannot be used to call the API on the user's behalf.
 */
@ApplicationScoped
public class ConsoleAndApiAuthentication implements HttpAuthenticationMechanism {

    static final String SESSION_USER = "doanthe.user";
    private static final int TOO_MANY_REQUESTS = 429;
    static final String SESSION_GROUPS = "doanthe.groups";
    private static final Logger LOG = Logger.getLogger(ConsoleAndApiAuthentication.class.getName());
    private static final String LOGIN_PAGE = "/login.xhtml";
    private static final String OWN_PASSWORD = "/api/v1/account/password";

    @Inject
    IdentityStoreHandler identityStore;

    @Inject
    Users users;

    @Inject
    ApiTokens apiTokens;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        return isApi(request) ? validateApi(request, context) : validateConsole(request, response, context);
    }

    private AuthenticationStatus validateApi(HttpServletRequest request, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && users.isThrottled(request.getRemoteAddr())) {
            return refuse(context, request, TOO_MANY_REQUESTS, "error.tooManyLogins");
        }
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return validateToken(request, context, header.substring(7).trim());
        }
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential credential = basic(header.substring(6).trim());
            if (credential != null) {
                CredentialValidationResult result = identityStore.validate(credential);
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    if (mustChangePassword(result) && !ownPasswordChange(request)) {
                        return refuse(context, request, HttpServletResponse.SC_FORBIDDEN,
                                "security.error.passwordChangeRequired");
                    }
                    return context.notifyContainerAboutLogin(result);
                }
                if (directoryUnavailable(request)) {
                    return refuse(context, request, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                            "security.error.directoryUnavailable");
                }
                LOG.warning(() -> "Failed API login for '" + LogText.of(credential.getCaller()) + "' from " + request.getRemoteAddr());
                users.recordSignIn(credential.getCaller(), request.getRemoteAddr(), false, "api");
            }
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return refuse(context, request, HttpServletResponse.SC_UNAUTHORIZED, "error.notAuthenticated");
    }

    /**
     * An API token: one indexed look-up instead of a password's PBKDF2. It opens what its account
     * may do, and nothing while the account's password must be changed.
     */
    private AuthenticationStatus validateToken(HttpServletRequest request, HttpMessageContext context, String presented) {
        Optional<SignedInUser> user = apiTokens.authenticate(presented);
        if (user.isEmpty()) {
            LOG.warning(() -> "Refused an API token from " + request.getRemoteAddr());
            users.recordSignIn("(API token)", request.getRemoteAddr(), false, "api-token");
            return refuse(context, request, HttpServletResponse.SC_UNAUTHORIZED, "error.notAuthenticated");
        }
        if (user.get().mustChangePassword() && !ownPasswordChange(request)) {
            return refuse(context, request, HttpServletResponse.SC_FORBIDDEN, "security.error.passwordChangeRequired");
        }
        return context.notifyContainerAboutLogin(user.get().username(),
                user.get().roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }

    /** A password given by an administrator opens nothing until it is changed. */
    private boolean mustChangePassword(CredentialValidationResult result) {
        return users.find(result.getCallerPrincipal().getName()).map(SignedInUser::mustChangePassword).orElse(false);
    }

    /** The directory could not check the password: neither a wrong password nor a failure to count. */
    static boolean directoryUnavailable(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(DatabaseIdentityStore.DIRECTORY_UNAVAILABLE));
    }

    private static boolean ownPasswordChange(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && OWN_PASSWORD.equals(apiPath(request));
    }

    private static AuthenticationStatus refuse(HttpMessageContext context, HttpServletRequest request, int status,
                                               String messageKey) {
        HttpServletResponse response = context.getResponse();
        response.setStatus(status);
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"doanthe\", charset=\"UTF-8\"");
        } else if (status == TOO_MANY_REQUESTS || status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
            response.setHeader("Retry-After", "60");
        }
        response.setContentType("application/problem+json;charset=UTF-8");
        try {
            response.getWriter().write(new Problem(Response.Status.fromStatusCode(status),
                    DomainMessages.format(messageKey, RequestLocale.of(request.getHeader("Accept-Language"), request.getLocales()))).json());
        } catch (IOException e) {
            LOG.fine(() -> "The client went away before the " + status + ": " + e.getMessage());
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus validateConsole(HttpServletRequest request, HttpServletResponse response,
                                                 HttpMessageContext context) {
        AuthenticationParameters parameters = context.getAuthParameters();
        Credential submitted = parameters == null ? null : parameters.getCredential();
        if (submitted != null) {
            return signIn(request, context, submitted);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) != null) {
            @SuppressWarnings("unchecked")
            Set<String> groups = (Set<String>) session.getAttribute(SESSION_GROUPS);
            return context.notifyContainerAboutLogin((String) session.getAttribute(SESSION_USER), groups);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        redirectToLogin(request, response, expired);
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        if (users.isThrottled(request.getRemoteAddr())) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStore.validate(credential);
        if (directoryUnavailable(request)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            String who = credential instanceof UsernamePasswordCredential login ? login.getCaller() : "?";
            LOG.warning(() -> "Failed console login for '" + LogText.of(who) + "' from " + request.getRemoteAddr());
            users.recordSignIn(who, request.getRemoteAddr(), false, "console");
            return AuthenticationStatus.SEND_FAILURE;
        }
        users.recordSignIn(result.getCallerPrincipal().getName(), request.getRemoteAddr(), true, "console");
        // A new session id at login: an id planted before login is worth nothing after it.
        request.getSession(true);
        request.changeSessionId();
        HttpSession session = request.getSession();
        session.setAttribute(SESSION_USER, result.getCallerPrincipal().getName());
        session.setAttribute(SESSION_GROUPS, new HashSet<>(result.getCallerGroups()));
        LOG.info(() -> "Console login of '" + result.getCallerPrincipal().getName() + "' from " + request.getRemoteAddr());
        return context.notifyContainerAboutLogin(result);
    }

    private static void redirectToLogin(HttpServletRequest request, HttpServletResponse response, boolean expired) {
        redirect(request, response, request.getContextPath() + LOGIN_PAGE + (expired ? "?expired=true" : ""));
    }

    /** A redirect that a page load follows, and that Faces' ajax requests follow too. */
    static void redirect(HttpServletRequest request, HttpServletResponse response, String target) {
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                // An ajax request cannot follow a 302: tell Faces' JavaScript to go to the login page.
                response.setContentType("text/xml");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<partial-response><redirect url=\"" + target + "\"></redirect></partial-response>");
            } else {
                response.sendRedirect(target);
            }
        } catch (IOException e) {
            LOG.fine(() -> "The client went away before the redirect: " + e.getMessage());
        }
    }

    private static UsernamePasswordCredential basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return apiPath(request).startsWith("/api/");
    }

    private static String apiPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
