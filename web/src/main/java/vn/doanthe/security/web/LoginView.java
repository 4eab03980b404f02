package vn.doanthe.security.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import vn.doanthe.platform.web.Texts;
import vn.doanthe.security.boundary.Users;

/** The login page: checks the password through the container, then opens the console in the user's language. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext securityContext;

    @Inject
    Users users;

    @Inject
    UserSession session;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    private boolean expired;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) faces.getExternalContext().getRequest(),
                (HttpServletResponse) faces.getExternalContext().getResponse(),
                withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username.trim(), new Password(password))));
        password = null;
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                var user = users.find(securityContext.getCallerPrincipal().getName()).orElseThrow();
                session.signedIn(user);
                Faces.redirect(user.mustChangePassword() ? "account/password.xhtml" : "index.xhtml");
            }
            default -> Messages.addGlobalError(Texts.get(session.getLocale(), whyRefused(faces)));
        }
    }

    private String whyRefused(FacesContext faces) {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        if (ConsoleAndApiAuthentication.directoryUnavailable(request)) {
            return "login.directoryUnavailable";
        }
        if (users.isThrottled(request.getRemoteAddr())) {
            return "login.throttled";
        }
        return users.isLocked(username.trim()) ? "login.locked" : "login.failed";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isExpired() {
        return expired;
    }

    public void setExpired(boolean expired) {
        this.expired = expired;
    }
}
