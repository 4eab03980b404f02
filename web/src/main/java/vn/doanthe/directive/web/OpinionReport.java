package vn.doanthe.directive.web;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.doanthe.directive.boundary.OpinionDigest;
import vn.doanthe.platform.api.Downloads;
import vn.doanthe.platform.control.RowWriter;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.web.PdfFonts;
import vn.doanthe.platform.web.Texts;

/**
 * The consolidated report of members' opinions (báo cáo tổng hợp ý kiến, kiến nghị) a level sends
 * to the level above: as an XLSX table (a row per opinion: topic, branch, place, day, words) and as
 * the printed A4 copy (the campaign's figures, then each topic with its opinions numbered).
 */
public final class OpinionReport {

    public static final String XLSX = Downloads.XLSX;
    public static final String PDF = "application/pdf";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> HEADINGS = List.of("number", "topic", "branch", "place", "heldOn", "text");

    private OpinionReport() {
    }

    /** {@code y-kien-dot-12-29254.xlsx} or {@code .pdf}. */
    public static String fileName(OpinionDigest digest, String extension) {
        return "y-kien-dot-" + digest.campaignId() + "-" + digest.unit() + "." + extension;
    }

    public static void xlsx(OpinionDigest digest, Locale locale, OutputStream out) {
        try (RowWriter rows = RowWriter.xlsx(out, Texts.get(locale, "campaign.opinions.sheet"))) {
            rows.row(HEADINGS.stream().map(h -> Texts.get(locale, "campaign.opinions.column." + h)).toList());
            int number = 0;
            for (OpinionDigest.Topic topic : digest.topics()) {
                for (OpinionDigest.Item item : topic.items()) {
                    rows.row(Arrays.asList(++number, topic.topic(), item.branch(), item.place(), item.heldOn(), item.text()));
                }
            }
        }
    }

    public static byte[] xlsx(OpinionDigest digest, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xlsx(digest, locale, out);
        return out.toByteArray();
    }

    public static byte[] pdf(OpinionDigest digest, Locale locale) {
        Font text = PdfFonts.regular(11);
        Font strong = PdfFonts.bold(11);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 42, 42, 42);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(Texts.get(locale, "campaign.opinions.report") + " — " + digest.symbol());
            document.addCreator("Đoàn Thể");
            document.open();
            Paragraph title = new Paragraph(Texts.get(locale, "campaign.opinions.report").toUpperCase(locale),
                    PdfFonts.bold(14));
            title.setAlignment(Element.ALIGN_CENTER);
            document.add(title);
            Paragraph about = new Paragraph(digest.symbol() + " — " + digest.title(), strong);
            about.setAlignment(Element.ALIGN_CENTER);
            document.add(about);
            Paragraph where = new Paragraph(digest.name(), text);
            where.setAlignment(Element.ALIGN_CENTER);
            where.setSpacingAfter(12);
            document.add(where);
            document.add(new Paragraph(Texts.get(locale, "campaign.opinions.figures", digest.targets(),
                    digest.sessionsHeld(), digest.membersReached(), digest.members(), digest.opinions(),
                    DAY.format(digest.deadline())), text));
            int topicNumber = 0;
            for (OpinionDigest.Topic topic : digest.topics()) {
                Paragraph heading = new Paragraph(++topicNumber + ". " + topic.topic() + " — "
                        + Texts.get(locale, "campaign.opinions.topicCount", topic.count(), topic.branches()), strong);
                heading.setSpacingBefore(10);
                document.add(heading);
                int number = 0;
                for (OpinionDigest.Item item : topic.items()) {
                    Paragraph said = new Paragraph(topicNumber + "." + ++number + ". " + item.text() + " ("
                            + item.branch() + ", " + item.place() + ", " + DAY.format(item.heldOn()) + ")", text);
                    said.setIndentationLeft(18);
                    document.add(said);
                }
            }
            Paragraph made = new Paragraph(Texts.get(locale, "campaign.opinions.madeOn",
                    DAY.format(VietnamTime.today())), text);
            made.setAlignment(Element.ALIGN_RIGHT);
            made.setSpacingBefore(18);
            document.add(made);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The opinion report could not be laid out", e);
        }
        return out.toByteArray();
    }
}
