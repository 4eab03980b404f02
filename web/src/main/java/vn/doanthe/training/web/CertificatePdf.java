package vn.doanthe.training.web;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.doanthe.platform.web.PdfFonts;
import vn.doanthe.platform.web.Texts;
import vn.doanthe.training.boundary.CertificateView;
import vn.doanthe.training.boundary.CourseView;

/**
 * A training certificate (giấy chứng nhận) as a one-page A4 PDF, laid out as Vietnamese certificates
 * are: the national heading and motto, the organiser, the title, who completed which course, when
 * and where, its topics and the score, and the place and date line. DejaVu Sans is embedded (the
 * standard PDF fonts have no Vietnamese letters).
 */
public final class CertificatePdf {

    public static final String MEDIA_TYPE = "application/pdf";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Locale locale;
    private final Font text;
    private final Font strong;
    private final Font heading;

    private CertificatePdf(Locale locale) {
        this.locale = locale;
        this.text = PdfFonts.regular(12);
        this.strong = PdfFonts.bold(12);
        this.heading = PdfFonts.bold(24);
    }

    /** "giay-chung-nhan-123.pdf". */
    public static String fileName(CertificateView certificate) {
        return "giay-chung-nhan-" + certificate.number() + ".pdf";
    }

    public static byte[] of(CertificateView certificate, Locale locale) {
        return new CertificatePdf(locale).render(certificate);
    }

    private byte[] render(CertificateView c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 60, 60, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(label("training.certificate.heading") + " — " + c.fullName());
            document.addCreator("Đoàn Thể");
            document.open();
            PdfPTable top = new PdfPTable(2);
            top.setWidthPercentage(100);
            top.addCell(cell(new Phrase(c.organiser().toUpperCase(locale), strong), Element.ALIGN_CENTER));
            Paragraph nation = new Paragraph(label("training.certificate.nation"), strong);
            nation.add(new Phrase("\n" + label("training.certificate.motto"), strong));
            top.addCell(cell(nation, Element.ALIGN_CENTER));
            top.addCell(cell(new Phrase(label("training.certificate.number", String.valueOf(c.number())), text), Element.ALIGN_CENTER));
            top.addCell(cell(new Phrase("", text), Element.ALIGN_CENTER));
            document.add(top);

            document.add(centered(label("training.certificate.heading").toUpperCase(locale), heading, 28));
            document.add(centered(label("training.certificate.certifies", c.organiser()), text, 14));
            document.add(line("training.certificate.name", c.fullName(), 18));
            document.add(line("training.certificate.birthDate", DAY.format(c.birthDate()), 4));
            document.add(line("training.certificate.course", c.courseTitle(), 4));
            document.add(line("training.certificate.dates", label("training.certificate.period", DAY.format(c.from()),
                    DAY.format(c.to()), label("training.mode." + c.mode())), 4));
            if (c.venue() != null) {
                document.add(line("training.certificate.venue", c.venue(), 4));
            }
            if (c.programme() != null) {
                document.add(line("training.certificate.programme", c.programme(), 4));
            }
            if (!c.topics().isEmpty()) {
                document.add(line("training.certificate.topics",
                        c.topics().stream().map(CourseView.Topic::title).collect(Collectors.joining("; ")), 4));
            }
            if (c.score() != null) {
                NumberFormat score = NumberFormat.getNumberInstance(locale);
                score.setMaximumFractionDigits(2);
                document.add(line("training.certificate.score", score.format(c.score()), 4));
            }
            Paragraph signed = new Paragraph(label("training.certificate.placeAndDay", c.place(),
                    String.format("%02d", c.to().getDayOfMonth()), String.format("%02d", c.to().getMonthValue()),
                    String.valueOf(c.to().getYear())), text);
            signed.setAlignment(Element.ALIGN_RIGHT);
            signed.setSpacingBefore(24);
            document.add(signed);
            Paragraph signer = new Paragraph(label("training.certificate.signer", c.organiser()), strong);
            signer.setAlignment(Element.ALIGN_RIGHT);
            document.add(signer);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The certificate could not be laid out", e);
        }
        return out.toByteArray();
    }

    private Paragraph line(String labelKey, String value, float before) {
        Paragraph line = new Paragraph(label(labelKey) + " ", text);
        line.add(new Phrase(value, strong));
        line.setSpacingBefore(before);
        line.setIndentationLeft(40);
        return line;
    }

    private static Paragraph centered(String words, Font font, float before) {
        Paragraph paragraph = new Paragraph(words, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(before);
        return paragraph;
    }

    private static PdfPCell cell(Element content, int alignment) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        cell.addElement(content);
        if (content instanceof Paragraph paragraph) {
            paragraph.setAlignment(alignment);
        }
        return cell;
    }

    private String label(String key, Object... arguments) {
        return Texts.get(locale, key, arguments);
    }
}
