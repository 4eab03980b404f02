package vn.doanthe.member.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.control.SpreadsheetText;
import vn.doanthe.platform.control.VietnameseText;

/**
 * Reads the member sheet of a spreadsheet as a stream of rows (POI's event API: the sheet's XML is
 * parsed as it is inflated, never held whole), refusing what is not a real XLSX, a zip bomb, a
 * workbook with no sheet of the import's columns or too many rows. The member sheet is the first
 * whose first filled-in row is the template's header: a workbook may keep notes or an empty sheet
 * before it. Blank rows are skipped; every cell's text comes tidied ({@link VietnameseText#tidy}),
 * so values pasted from Word or typed decomposed read as typed; dates come as dd/MM/yyyy whatever
 * format the cell shows them in.
 */
public final class MemberSheetReader {

    public static final int MAX_ROWS = 200_000;
    private static final Logger LOG = Logger.getLogger(MemberSheetReader.class.getName());
    /** The largest part of the file once inflated; a sheet of 200,000 full rows stays well below. */
    private static final long MAX_ENTRY_BYTES = 400L * 1024 * 1024;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Receives the data rows (not the header), numbered as the spreadsheet numbers them. */
    public interface Rows {
        void row(MemberRow row);
    }

    private MemberSheetReader() {
    }

    /**
     * The number of data rows of {@code content}, refusing (as {@link #read} does) what is not an XLSX
     * file with a sheet whose first row holds the import's columns, or has too many rows.
     */
    public static int count(byte[] content) {
        int[] rows = new int[1];
        read(content, row -> rows[0]++);
        return rows[0];
    }

    public static void read(byte[] content, Rows rows) {
        ZipSecureFile.setMinInflateRatio(0.005);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K') {
            throw new InvalidInput("file", "member.import.error.notXlsx");
        }
        Path copy = null;
        try {
            // From a file POI inflates each part as it is read, instead of the whole archive at once.
            copy = Files.createTempFile("doanthe-import-", ".xlsx");
            Files.write(copy, content);
            try (OPCPackage xlsx = OPCPackage.open(copy.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(xlsx);
                ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(xlsx);
                StylesTable styles = reader.getStylesTable();
                XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
                List<String> names = new ArrayList<>();
                while (sheets.hasNext()) {
                    try (InputStream sheet = sheets.next()) {
                        names.add(sheets.getSheetName());
                        if (readIfMemberSheet(sheet, styles, strings, rows)) {
                            return;
                        }
                    }
                }
                String columns = String.join(", ", MemberSheet.IMPORT_COLUMNS);
                throw names.isEmpty() ? new InvalidInput("file", "member.import.error.header", columns)
                        : new InvalidInput("file", "member.import.error.noHeaderSheet", columns, String.join(", ", names));
            }
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | POIXMLException
                 | UnsupportedFileFormatException | InvalidOperationException | IllegalStateException e) {
            throw unreadable(e);
        } finally {
            deleteQuietly(copy);
        }
    }

    /**
     * Reads the sheet's rows when its first filled-in row is the template's header; answers whether
     * it was. Any other sheet is left at that row, none of its rows handed on.
     */
    private static boolean readIfMemberSheet(InputStream sheet, StylesTable styles, ReadOnlySharedStringsTable strings,
                                             Rows rows) throws IOException, SAXException, ParserConfigurationException {
        Handler handler = new Handler(rows);
        XMLFilterImpl parser = new FormulaWatch(XMLHelper.newXMLReader(), handler);
        parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, handler, new DayFormatter(), false));
        try {
            parser.parse(new InputSource(sheet));
        } catch (OtherSheet e) {
            return false;
        }
        return handler.headerSeen;
    }

    /** Stops reading a sheet whose first filled-in row is not the header. */
    private static final class OtherSheet extends RuntimeException {

        private static final long serialVersionUID = 1L;

        OtherSheet() {
            super(null, null, false, false);
        }
    }

    private static InvalidInput unreadable(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidInput refusal) {
                return refusal;
            }
            if (String.valueOf(t.getMessage()).contains("Zip bomb")) {
                return new InvalidInput("file", "member.import.error.zipBomb");
            }
        }
        LOG.fine(() -> "Not a readable XLSX: " + e);
        return new InvalidInput("file", "member.import.error.notXlsx");
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warning(() -> "Could not delete " + file + ": " + e);
        }
    }

    /** Dates in any date format of the cell come out dd/MM/yyyy; everything else as Excel shows it. */
    private static final class DayFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DAY.format(DateUtil.getLocalDateTime(value).toLocalDate());
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }

    /**
     * Tells the handler which cells hold a formula (a sheet pasted from a workbook of formulas is
     * refused cell by cell), and refuses a sheet with merged cells among its data rows: a hamlet
     * merged down over its members leaves every row but the first without one, and which rows
     * the user meant cannot be told. The merged ranges come after the rows in the sheet's XML, so
     * the upload, which reads the whole sheet to count its rows, refuses such a file before it is kept.
     */
    private static final class FormulaWatch extends XMLFilterImpl {

        private static final int NAMED = 5;

        private final Handler handler;
        private final List<String> merged = new ArrayList<>();
        private int mergedCount;
        private String cell;

        FormulaWatch(XMLReader parent, Handler handler) {
            super(parent);
            this.handler = handler;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            if ("c".equals(localName)) {
                cell = attributes.getValue("r");
            } else if ("f".equals(localName) && cell != null) {
                handler.formulaIn(cell);
            } else if ("mergeCell".equals(localName)) {
                String range = attributes.getValue("ref");
                if (range != null && CellRangeAddress.valueOf(range).getLastRow() >= 1 && ++mergedCount <= NAMED) {
                    merged.add(range);
                }
            }
            super.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void endDocument() throws SAXException {
            if (handler.headerSeen && !merged.isEmpty()) {
                throw new InvalidInput("file", "member.import.error.mergedCells",
                        String.join(", ", merged) + (mergedCount > NAMED ? ", …" : ""));
            }
            super.endDocument();
        }
    }

    private static final class Handler implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final Rows rows;
        private final List<String> cells = new ArrayList<>();
        private final Set<Integer> formulas = new HashSet<>();
        private boolean headerSeen;
        private int count;

        Handler(Rows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            formulas.clear();
        }

        void formulaIn(String reference) {
            formulas.add((int) new CellReference(reference).getCol());
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            if (column >= MemberSheet.IMPORT_COLUMNS.size() + 1) {
                return;
            }
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : SpreadsheetText.restore(VietnameseText.tidy(value)));
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(String::isEmpty)) {
                return;
            }
            while (cells.size() < MemberSheet.IMPORT_COLUMNS.size()) {
                cells.add("");
            }
            List<String> row = Collections.unmodifiableList(new ArrayList<>(cells.subList(0, MemberSheet.IMPORT_COLUMNS.size())));
            if (!headerSeen) {
                if (!row.equals(MemberSheet.IMPORT_COLUMNS)) {
                    throw new OtherSheet();
                }
                headerSeen = true;
                return;
            }
            if (++count > MAX_ROWS) {
                throw new InvalidInput("file", "member.import.error.tooManyRows", MAX_ROWS);
            }
            rows.row(new MemberRow(rowNum + 1, row, Set.copyOf(formulas)));
        }
    }
}
