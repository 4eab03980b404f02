package vn.doanthe.meeting.web;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import vn.doanthe.directive.boundary.BranchSession;
import vn.doanthe.meeting.boundary.MeetingView;
import vn.doanthe.meeting.boundary.MinutesView;
import vn.doanthe.meeting.boundary.NewMinutes;
import vn.doanthe.platform.web.PdfFonts;
import vn.doanthe.platform.web.Texts;

/**
 * A meeting's minutes as the printed copy (biên bản sinh hoạt), A4: the branch, day, place, chair
 * and secretary; the attendance; the agenda and the directives presented; the discussion, the
 * conclusions with their votes, the tasks, the dues collected; adopted or still a draft.
 */
public final class MinutesPdf {

    public static final String PDF = "application/pdf";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private MinutesPdf() {
    }

    public static String fileName(MeetingView meeting) {
        return "bien-ban-sinh-hoat-" + meeting.id() + "-" + meeting.heldOn() + ".pdf";
    }

    public static byte[] of(MeetingView m, Locale locale) {
        Font text = PdfFonts.regular(11);
        Font strong = PdfFonts.bold(11);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 42, 42, 42);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(Texts.get(locale, "meeting.minutes.title") + " — " + m.unitName());
            document.addCreator("Đoàn Thể");
            document.open();
            centred(document, Texts.get(locale, "meeting.minutes.title").toUpperCase(locale), PdfFonts.bold(14));
            centred(document, m.unitName() + " — " + m.unitPlace(), strong);
            Paragraph when = new Paragraph(Texts.get(locale, "meeting.minutes.when",
                    Texts.get(locale, "meeting.type." + m.type()), DAY.format(m.heldOn()), nothing(m.place())), text);
            when.setSpacingBefore(10);
            document.add(when);
            document.add(new Paragraph(Texts.get(locale, "meeting.minutes.chair", nothing(m.chair()),
                    nothing(m.secretary())), text));
            if (m.guests() != null) {
                document.add(new Paragraph(Texts.get(locale, "meeting.guests") + ": " + m.guests(), text));
            }
            document.add(new Paragraph(Texts.get(locale, "meeting.minutes.attendance", m.expected(), m.present(),
                    m.excused(), m.absent(), m.away()), text));
            heading(document, Texts.get(locale, "meeting.agenda"), strong);
            numbered(document, m.agenda(), text);
            List<BranchSession> sessions = m.directiveSessions();
            if (!sessions.isEmpty()) {
                heading(document, Texts.get(locale, "meeting.directiveSessions"), strong);
                numbered(document, sessions.stream().map(s -> s.symbol() + " — " + s.title()).toList(), text);
            }
            MinutesView minutes = m.minutes();
            if (minutes.discussion() != null) {
                heading(document, Texts.get(locale, "meeting.minutes.discussion"), strong);
                document.add(new Paragraph(minutes.discussion(), text));
            }
            if (!minutes.conclusions().isEmpty()) {
                heading(document, Texts.get(locale, "meeting.minutes.conclusions"), strong);
                numbered(document, minutes.conclusions().stream().map(c -> c.text() + vote(c, locale)).toList(), text);
            }
            if (!minutes.tasks().isEmpty()) {
                heading(document, Texts.get(locale, "meeting.minutes.tasks"), strong);
                numbered(document, minutes.tasks().stream().map(t -> t.text()
                        + (t.owner() == null ? "" : " — " + t.owner())
                        + (t.dueOn() == null ? "" : " — " + Texts.get(locale, "meeting.minutes.due", DAY.format(t.dueOn()))))
                        .toList(), text);
            }
            if (minutes.duesCollected() != null) {
                Paragraph dues = new Paragraph(Texts.get(locale, "meeting.minutes.dues", minutes.duesCollected()), text);
                dues.setSpacingBefore(8);
                document.add(dues);
            }
            Paragraph state = new Paragraph(minutes.adoptedAt() == null ? Texts.get(locale, "meeting.minutes.draft")
                    : Texts.get(locale, "meeting.minutes.adoptedAt", MOMENT.format(minutes.adoptedAt())), strong);
            state.setAlignment(Element.ALIGN_RIGHT);
            state.setSpacingBefore(18);
            document.add(state);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The minutes could not be laid out", e);
        }
        return out.toByteArray();
    }

    private static String vote(NewMinutes.Decision c, Locale locale) {
        return c.votesFor() == null ? "" : " (" + Texts.get(locale, "meeting.minutes.vote", c.votesFor(),
                c.votesAgainst() == null ? 0 : c.votesAgainst(), c.abstentions() == null ? 0 : c.abstentions()) + ")";
    }

    private static String nothing(String value) {
        return value == null ? "—" : value;
    }

    private static void centred(Document document, String words, Font font) throws DocumentException {
        Paragraph line = new Paragraph(words, font);
        line.setAlignment(Element.ALIGN_CENTER);
        document.add(line);
    }

    private static void heading(Document document, String words, Font font) throws DocumentException {
        Paragraph heading = new Paragraph(words, font);
        heading.setSpacingBefore(10);
        document.add(heading);
    }

    private static void numbered(Document document, List<String> items, Font font) throws DocumentException {
        int number = 0;
        for (String item : items) {
            Paragraph line = new Paragraph(++number + ". " + item, font);
            line.setIndentationLeft(18);
            document.add(line);
        }
    }
}
