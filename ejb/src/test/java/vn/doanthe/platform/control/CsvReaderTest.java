package vn.doanthe.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() {
        CsvReader csv = new CsvReader(new StringReader("\uFEFFa,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n,,\n"));
        assertEquals(List.of("a", "b", "c"), csv.next());
        assertEquals(List.of("x, y", "say \"hi\"", "two\nlines"), csv.next());
        assertEquals(List.of("", "", ""), csv.next());
        assertNull(csv.next());
    }

    @Test
    void anUnclosedQuoteIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> new CsvReader(new StringReader("\"open")).next());
    }
}
