package vn.doanthe.audit.web;

import java.util.List;
import java.util.Locale;
import vn.doanthe.platform.web.Texts;

/** The header and sheet name of an exported audit search, in the reader's language. */
public final class AuditSheet {

    private static final List<String> COLUMNS = List.of("audit.export.id", "audit.export.at", "audit.user",
            "audit.clientAddress", "audit.action", "audit.export.entityType", "audit.export.entityId", "audit.export.changes",
            "audit.reason", "audit.export.command", "audit.request");

    private AuditSheet() {
    }

    public static List<String> header(Locale locale) {
        return COLUMNS.stream().map(key -> Texts.get(locale, key)).toList();
    }

    public static String name(Locale locale) {
        return Texts.get(locale, "audit.export.sheet");
    }
}
