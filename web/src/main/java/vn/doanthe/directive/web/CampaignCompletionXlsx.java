package vn.doanthe.directive.web;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.doanthe.directive.boundary.CampaignCompletion;
import vn.doanthe.platform.api.Downloads;
import vn.doanthe.platform.control.RowWriter;
import vn.doanthe.platform.web.Texts;

/**
 * A campaign's completion as the XLSX table a level sends up: a row per territorial unit, indented
 * by its depth, its level and code, then targets, acknowledged, sessions held, members reached,
 * members, the share reached and overdue. Headings in the reader's language.
 */
public final class CampaignCompletionXlsx {

    public static final String MEDIA_TYPE = Downloads.XLSX;
    private static final List<String> HEADINGS = List.of("unit", "level", "code", "targets", "acknowledged",
            "sessionsHeld", "membersReached", "members", "reachedShare", "overdue");

    private CampaignCompletionXlsx() {
    }

    /** {@code hoan-thanh-dot-12-29254.xlsx}. */
    public static String fileName(CampaignCompletion completion) {
        return "hoan-thanh-dot-" + completion.campaignId() + "-" + completion.rows().get(0).unit() + ".xlsx";
    }

    public static void write(CampaignCompletion completion, Locale locale, OutputStream out) {
        try (RowWriter rows = RowWriter.xlsx(out, Texts.get(locale, "campaign.sheet.name"))) {
            rows.row(HEADINGS.stream().map(h -> Texts.get(locale, "campaign.sheet." + h)).toList());
            for (CampaignCompletion.Row row : completion.rows()) {
                rows.row(Arrays.asList("    ".repeat(row.depth()) + row.name(),
                        Texts.get(locale, "territory.level." + row.level()), row.unit(), row.targets(), row.acknowledged(),
                        row.sessionsHeld(), row.membersReached(), row.members(),
                        row.members() == 0 ? null : Math.round(10_000.0 * row.membersReached() / row.members()) / 100.0,
                        row.overdue()));
            }
        }
    }

    public static byte[] bytes(CampaignCompletion completion, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(completion, locale, out);
        return out.toByteArray();
    }
}
