package vn.doanthe.platform.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Enumeration;
import java.util.Locale;

/** The language of an API client's messages: the first of its Accept-Language we speak, else Vietnamese. */
public final class RequestLocale {

    private RequestLocale() {
    }

    public static Locale of(HttpHeaders headers) {
        if (headers != null) {
            for (Locale wanted : headers.getAcceptableLanguages()) {
                if ("en".equals(wanted.getLanguage()) || "vi".equals(wanted.getLanguage())) {
                    return Locale.forLanguageTag(wanted.getLanguage());
                }
            }
        }
        return Locale.forLanguageTag("vi");
    }

    /** From a servlet request's locales; without an Accept-Language header they hold only the server's default. */
    public static Locale of(String acceptLanguage, Enumeration<Locale> acceptable) {
        while (acceptLanguage != null && acceptable.hasMoreElements()) {
            String language = acceptable.nextElement().getLanguage();
            if ("en".equals(language) || "vi".equals(language)) {
                return Locale.forLanguageTag(language);
            }
        }
        return Locale.forLanguageTag("vi");
    }
}
