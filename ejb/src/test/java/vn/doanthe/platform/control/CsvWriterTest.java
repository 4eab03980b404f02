package vn.doanthe.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void whatExcelNeedsIsQuotedAndReadsBackTheSame() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RowWriter csv = RowWriter.csv(out)) {
            csv.row(List.of("Họ và tên", "Địa chỉ"));
            csv.row(Arrays.asList("Nguyễn Thị \"Bé\"", "Số 7, ấp 3\nxã Long Hòa", LocalDate.of(1985, 3, 4), null));
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0));
        assertEquals("\uFEFFHọ và tên,Địa chỉ\r\n\"Nguyễn Thị \"\"Bé\"\"\",\"Số 7, ấp 3\nxã Long Hòa\",04/03/1985,\r\n", text);
        CsvReader back = new CsvReader(new StringReader(text));
        assertEquals(List.of("Họ và tên", "Địa chỉ"), back.next());
        assertEquals(List.of("Nguyễn Thị \"Bé\"", "Số 7, ấp 3\nxã Long Hòa", "04/03/1985", ""), back.next());
    }

    @Test
    void aTimeIsWrittenToTheSecondDayFirst() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RowWriter csv = RowWriter.csv(out)) {
            csv.row(List.of(LocalDateTime.of(2026, 3, 4, 7, 5, 9, 123_000_000)));
        }
        assertEquals("\uFEFF04/03/2026 07:05:09\r\n", out.toString(StandardCharsets.UTF_8));
    }
}
