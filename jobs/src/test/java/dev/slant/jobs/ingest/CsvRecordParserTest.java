package dev.slant.jobs.ingest;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvRecordParserTest {
    @Test
    void quotedFieldsHoldDelimitersQuotesAndLineBreaks() throws IOException {
        CsvRecordParser p = new CsvRecordParser(new StringReader(
                "id,text\r\n1,\"Peskov said: \"\"long, substantive\"\"\r\nnext line\"\r\n\r\n2,plain\n"), ',');
        assertEquals(List.of("id", "text"), p.next());
        assertEquals(List.of("1", "Peskov said: \"long, substantive\"\nnext line"), p.next());
        assertEquals(2, p.recordLine());
        assertEquals(List.of("2", "plain"), p.next());
        assertEquals(5, p.recordLine());
        assertNull(p.next());
    }

    @Test
    void emptyFieldsAndAMissingFinalNewline() throws IOException {
        CsvRecordParser p = new CsvRecordParser(new StringReader("a,,c\n,\"\",x"), ',');
        assertEquals(List.of("a", "", "c"), p.next());
        assertEquals(List.of("", "", "x"), p.next());
        assertNull(p.next());
    }

    @Test
    void anUnterminatedQuoteIsReported() throws IOException {
        CsvRecordParser p = new CsvRecordParser(new StringReader("1,\"never closed\n2,b\n"), ',');
        List<String> r = p.next();
        assertEquals(2, r.size());
        assertTrue(p.unterminatedQuote());
        assertTrue(p.raw().startsWith("1,\"never closed"));
    }
}
