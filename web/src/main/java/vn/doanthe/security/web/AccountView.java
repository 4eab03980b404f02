package vn.doanthe.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import java.io.IOException;
import org.omnifaces.util.Faces;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.web.Feedback;
import vn.doanthe.security.boundary.Users;

/** What every user does for themselves: sign out and change their password. */
@Named
@RequestScoped
public class AccountView {

    @Inject
    Users users;

    @Inject
    UserSession session;

    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;

    public void logout() throws ServletException, IOException {
        Faces.logout();
        Faces.invalidateSession();
        Faces.redirect("login.xhtml");
    }

    public void changePassword() throws IOException {
        if (newPassword == null || !newPassword.equals(repeatedPassword)) {
            Feedback.refused(new InvalidInput("repeatedPassword",
                    "security.error.passwordMismatch"), "passwordForm");
            return;
        }
        boolean changed = Feedback.attempt("passwordForm",
                () -> users.changeOwnPassword(currentPassword.toCharArray(), newPassword.toCharArray()));
        if (changed) {
            session.signedIn(users.find(session.getUser().username()).orElseThrow());
            Faces.getFlash().setKeepMessages(true);
            Feedback.info("account.password.changed");
            Faces.redirect("index.xhtml");
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}
