package dev.slant.jobs.ingest;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Date formats as they occur in the shared corpus, the seed sidecar and common news feeds. */
class PublishedDatesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static LocalDate date(String raw) {
        return PublishedDates.parse(raw, TODAY).date();
    }

    private static PublishedDates.Issue issue(String raw) {
        return PublishedDates.parse(raw, TODAY).issue();
    }

    @Test
    void isoDatesAndDatetimesKeepTheDateAsWritten() {
        assertEquals(LocalDate.of(2021, 12, 7), date("2021-12-07"));
        assertEquals(LocalDate.of(2016, 9, 20), date(" 2016-09-20 "));
        assertEquals(LocalDate.of(2021, 12, 7), date("2021-12-07T10:00:00Z"));
        // 23:30 in New York is already the 8th in UTC; the publisher's date is the 7th.
        assertEquals(LocalDate.of(2021, 12, 7), date("2021-12-07T23:30:00-05:00"));
        assertEquals(LocalDate.of(2021, 12, 7), date("2021-12-07 08:15:00.000+03:00"));
        assertEquals(LocalDate.of(2021, 12, 7), date("2021/12/07"));
        assertEquals(LocalDate.of(2021, 12, 7), date("20211207"));
    }

    @Test
    void usSlashDatesFromTheCorpusWithTwoAndFourDigitYears() {
        assertEquals(LocalDate.of(2017, 7, 23), date("7/23/17"));
        assertEquals(LocalDate.of(2016, 12, 1), date("12/1/16"));
        assertEquals(LocalDate.of(2021, 12, 7), date("12/7/2021"));
        // First number cannot be a month: day first.
        assertEquals(LocalDate.of(2021, 12, 23), date("23/12/2021"));
        assertEquals(LocalDate.of(1999, 3, 4), date("3/4/99"));
    }

    @Test
    void rfc1123AndMonthNames() {
        assertEquals(LocalDate.of(2021, 12, 7), date("Tue, 7 Dec 2021 10:00:00 GMT"));
        assertEquals(LocalDate.of(2021, 12, 7), date("Tue, 07 Dec 2021 10:00:00 +0300"));
        assertEquals(LocalDate.of(2021, 12, 7), date("December 7, 2021"));
        assertEquals(LocalDate.of(2021, 12, 7), date("Dec. 7, 2021"));
        assertEquals(LocalDate.of(2021, 12, 7), date("Tuesday, December 7th, 2021 at 10:05 AM"));
        assertEquals(LocalDate.of(2021, 12, 7), date("7 December 2021"));
        assertEquals(LocalDate.of(2021, 9, 7), date("Sept 7, 2021"));
    }

    @Test
    void impossibleYearsFromTheCorpusAreNullWithAWarning() {
        assertNull(date("0001-11-30"));
        assertEquals(PublishedDates.Issue.IMPOSSIBLE_YEAR, issue("0001-11-30"));
        assertEquals(PublishedDates.Issue.IMPOSSIBLE_YEAR, issue("2050-09-30"));
        assertEquals(PublishedDates.Issue.IMPOSSIBLE_YEAR, issue("1989-12-31"));
        assertEquals(LocalDate.of(1990, 1, 1), date("1990-01-01"));
        assertEquals(LocalDate.of(2001, 10, 23), date("2001-10-23"));
        assertEquals(LocalDate.of(2027, 11, 25), date("2027-11-25"));
        assertEquals(PublishedDates.Issue.IMPOSSIBLE_YEAR, issue("2027-11-26"));
    }

    @Test
    void missingAndUnreadableValuesAreTold() {
        assertEquals(PublishedDates.Issue.MISSING, issue(""));
        assertEquals(PublishedDates.Issue.MISSING, issue(null));
        assertEquals(PublishedDates.Issue.UNPARSEABLE, issue("yesterday"));
        assertEquals(PublishedDates.Issue.UNPARSEABLE, issue("2021-13-45"));
        assertEquals(PublishedDates.Issue.UNPARSEABLE, issue("Mayor 7, 2021"));
    }

    @Test
    void isoWeeksUseTheWeekBasedYear() {
        assertEquals("2021-W49", PublishedDates.isoWeek(LocalDate.of(2021, 12, 7)));
        assertEquals("2020-W53", PublishedDates.isoWeek(LocalDate.of(2021, 1, 1)));
        assertEquals("2020-W01", PublishedDates.isoWeek(LocalDate.of(2019, 12, 30)));
        assertNull(PublishedDates.isoWeek(null));
    }
}
