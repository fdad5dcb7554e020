package dev.slant.jobs.warehouse;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 week as written in the `week` columns (`2021-W49`). Weeks run Monday to Sunday and week 1 is the one
 * holding the year's first Thursday, so `2021-W52` ends on 2022-01-02 and some years have a week 53.
 */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-W(\\d{2})");

    public IsoWeek {
        if (week < 1 || week > weeksIn(year)) {
            throw new IllegalArgumentException(year + " has no ISO week " + week + " (it has " + weeksIn(year) + ")");
        }
    }

    public static IsoWeek parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.trim());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("not an ISO week: '" + text + "' (expected e.g. 2021-W49)");
        }
        return new IsoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static IsoWeek of(LocalDate date) {
        return new IsoWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /**
     * The last week that has fully ended on `today`: the week before today's, since today's week is still running
     * (on a Monday, the week that ended yesterday).
     */
    public static IsoWeek lastComplete(LocalDate today) {
        return of(today).previous();
    }

    /** `2021-W40..2021-W49` (inclusive, either order rejected if reversed) or a single week. */
    public static List<IsoWeek> range(String text) {
        String t = text == null ? "" : text.trim();
        int dots = t.indexOf("..");
        if (dots < 0) {
            return List.of(parse(t));
        }
        IsoWeek from = parse(t.substring(0, dots));
        IsoWeek to = parse(t.substring(dots + 2));
        if (to.compareTo(from) < 0) {
            throw new IllegalArgumentException("week range " + t + " runs backwards");
        }
        List<IsoWeek> weeks = new ArrayList<>();
        for (IsoWeek w = from; w.compareTo(to) <= 0; w = w.next()) {
            weeks.add(w);
        }
        return weeks;
    }

    static int weeksIn(int year) {
        return LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    public LocalDate monday() {
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    public IsoWeek previous() {
        return of(monday().minusDays(7));
    }

    public IsoWeek next() {
        return of(monday().plusDays(7));
    }

    public IsoWeek minus(int weeks) {
        return of(monday().minusWeeks(weeks));
    }

    /** The `n` weeks before this one, oldest first. */
    public List<IsoWeek> trailing(int n) {
        List<IsoWeek> weeks = new ArrayList<>();
        for (int i = n; i >= 1; i--) {
            weeks.add(minus(i));
        }
        return weeks;
    }

    @Override
    public int compareTo(IsoWeek o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(week, o.week);
    }

    @Override
    public String toString() {
        return String.format("%04d-W%02d", year, week);
    }
}
