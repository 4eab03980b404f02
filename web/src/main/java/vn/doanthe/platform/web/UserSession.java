package vn.doanthe.platform.web;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.omnifaces.util.Faces;
import vn.doanthe.security.boundary.SignedInUser;
import vn.doanthe.security.boundary.Users;

/**
 * The signed-in user as the console shows them, and the language they chose (Vietnamese unless
 * they chose English), kept in their account for the next visit.
 */
@Named
@SessionScoped
public class UserSession implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

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

    /**
     * The language the signed-in user chose. A page's view action (on GET) runs before the view
     * takes that language, so messages made there ask here rather than the view.
     */
    public static Locale current() {
        try {
            return CDI.current().select(UserSession.class).get().getLocale();
        } catch (ContextNotActiveException e) {
            return Faces.getLocale();
        }
    }

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
