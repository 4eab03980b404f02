package vn.doanthe.platform.web;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import java.util.Locale;
import org.omnifaces.util.Faces;

/**
 * The language the signed-in user chose for the console. Implemented by the security feature's
 * session, which keeps it in the account; pages and messages ask here.
 */
public interface ChosenLanguage {

    Locale VIETNAMESE = Locale.forLanguageTag("vi");

    Locale getLocale();

    /**
     * The language the signed-in user chose. A page's view action (on GET) runs before the view
     * takes that language, so messages made there ask here rather than the view.
     */
    static Locale current() {
        try {
            return CDI.current().select(ChosenLanguage.class).get().getLocale();
        } catch (ContextNotActiveException e) {
            return Faces.getLocale();
        }
    }
}
