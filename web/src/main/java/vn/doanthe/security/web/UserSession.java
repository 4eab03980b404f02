package vn.doanthe.security.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import vn.doanthe.security.boundary.SignedInUser;
import vn.doanthe.security.boundary.Users;
import vn.doanthe.platform.web.ChosenLanguage;

/**
 * The signed-in user as the console shows them, and the language they chose (Vietnamese unless
 * they chose English), kept in their account for the next visit.
 */
@Named
@SessionScoped
public class UserSession implements ChosenLanguage, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Users users;

    private SignedInUser user;
    private Locale locale = VIETNAMESE;

    public void signedIn(SignedInUser signedIn) {
        this.user = signedIn;
        this.locale = Locale.forLanguageTag(signedIn.locale());
    }

    public void switchLanguage(String language) {
        if (!Users.LOCALES.contains(language)) {
            return;
        }
        locale = Locale.forLanguageTag(language);
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        if (user != null) {
            users.changeOwnLocale(language);
        }
    }


    @Override
    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public SignedInUser getUser() {
        return user;
    }

    public boolean isSignedIn() {
        return user != null;
    }
}
