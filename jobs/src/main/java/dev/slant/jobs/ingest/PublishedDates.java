package dev.slant.jobs.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication dates news corpora actually carry (ISO dates and datetimes, US M/D/YY[YY], RFC 1123,
 * "December 7, 2021", "7 Dec 2021") into a calendar date. The date is the one written in the input (the publisher's
 * local date): a datetime's zone is not applied, because shifting 23:30-05:00 to the next UTC day would put the
 * article in the wrong day and sometimes the wrong week.
 */
public final class PublishedDates {
    /** Earliest year a news date may have; older ones are placeholders such as 0001-01-01. */
    public static final int MIN_YEAR = 1990;

    /** Why a date is null: no value, a value no pattern reads, or a year outside [1990, today + 1 year]. */
    public enum Issue { MISSING, UNPARSEABLE, IMPOSSIBLE_YEAR }

    /** A parsed date (null when not usable) and, when null, why. */
    public record Parsed(LocalDate date, Issue issue) {
        static Parsed of(LocalDate d) {
            return new Parsed(d, null);
        }

        static Parsed problem(Issue i) {
            return new Parsed(null, i);
        }
    }

    private static final Pattern ISO = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:$|[T ].*)");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");
    private static final Pattern SLASHED = Pattern.compile("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2}|\\d{4})(?:$|[ ,T].*)");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?i)\\b([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+([a-z]{3,9})\\.?,?\\s+(\\d{4})\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    private PublishedDates() {
    }

    public static Parsed parse(String raw) {
        return parse(raw, LocalDate.now());
    }

    /** {@code today} bounds plausible dates (one year ahead at most); a parameter so tests do not age. */
    public static Parsed parse(String raw, LocalDate today) {
        if (raw == null || raw.isBlank()) {
            return Parsed.problem(Issue.MISSING);
        }
        String s = raw.trim();
        LocalDate d = read(s, today);
        if (d == null) {
            return Parsed.problem(Issue.UNPARSEABLE);
        }
        if (d.getYear() < MIN_YEAR || d.isAfter(today.plusYears(1))) {
            return Parsed.problem(Issue.IMPOSSIBLE_YEAR);
        }
        return Parsed.of(d);
    }

    /** ISO 8601 week of a date, as `2021-W49` (the week-based year, so 2021-01-01 is `2020-W53`). */
    public static String isoWeek(LocalDate d) {
        if (d == null) {
            return null;
        }
        return String.format(Locale.ROOT, "%04d-W%02d",
                d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static LocalDate read(String s, LocalDate today) {
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT.matcher(s);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = SLASHED.matcher(s);
        if (m.matches()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            int year = fullYear(m.group(3), today);
            // US order (M/D) unless the first number cannot be a month.
            return a > 12 ? date(year, b, a) : date(year, a, b);
        }
        if (s.length() > 20 && Character.isLetter(s.charAt(0)) && s.contains(",") && s.contains(":")) {
            try {
                return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
            } catch (DateTimeException ignored) {
                // fall through to the month-name patterns, which also read RFC 1123 variants
            }
        }
        m = MONTH_FIRST.matcher(s);
        if (m.find()) {
            Integer month = month(m.group(1));
            if (month != null) {
                return date(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)));
            }
        }
        m = DAY_FIRST.matcher(s);
        if (m.find()) {
            Integer month = month(m.group(2));
            if (month != null) {
                return date(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
            }
        }
        return null;
    }

    private static int fullYear(String y, LocalDate today) {
        int year = Integer.parseInt(y);
        if (y.length() == 2) {
            // Two-digit years in news metadata are recent: 17 is 2017, 99 is 1999.
            year = 2000 + year <= today.getYear() + 1 ? 2000 + year : 1900 + year;
        }
        return year;
    }

    private static Integer month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        Integer m = MONTHS.get(n.length() > 3 && n.startsWith("sept") ? "sept" : n.substring(0, Math.min(3, n.length())));
        if (m == null) {
            return null;
        }
        // "Mayor 7, 2021" is not a date: a long token must spell a month name out.
        String full = java.time.Month.of(m).name().toLowerCase(Locale.ROOT);
        return n.length() == 3 || full.startsWith(n) || n.equals("sept") ? m : null;
    }

    private static LocalDate date(String y, String m, String d) {
        return date(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    }

    private static LocalDate date(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
