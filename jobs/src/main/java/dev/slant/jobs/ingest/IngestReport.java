package dev.slant.jobs.ingest;

import java.util.Locale;
import java.util.Map;

/**
 * What one ingest run did. {@code read = written + duplicates + rejected}: every record read is stored, recognised as
 * a copy of a stored one (within the input or already in the warehouse), or rejected with a reason.
 *
 * @param duplicatesAlreadyStored the part of {@code duplicates} that the warehouse held before this run
 * @param datesMissing            written articles without a usable date (missing, unparseable or impossible year)
 * @param impossibleYears         dates read but outside [1990, today + 1 year]; a warning, the date is null
 * @param nearDuplicates          articles in the whole table marked as a near-copy of an earlier one
 * @param rejectsByReason         this run's rejects per reason
 */
public record IngestReport(long read, long written, long duplicates, long duplicatesAlreadyStored, long rejected,
                           long datesMissing, long unparseableDates, long impossibleYears, long nearDuplicates,
                           long articlesInTable, Map<String, Long> rejectsByReason) {

    public boolean balanced() {
        return read == written + duplicates + rejected;
    }

    public String summary() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "read %,d / written %,d / duplicates %,d (%,d already in the warehouse) "
                        + "/ rejected %,d / dates missing %,d%n", read, written, duplicates, duplicatesAlreadyStored,
                rejected, datesMissing));
        if (!rejectsByReason.isEmpty()) {
            b.append("rejects by reason: ").append(rejectsByReason).append('\n');
        }
        if (impossibleYears > 0 || unparseableDates > 0) {
            b.append(String.format(Locale.ROOT, "WARNING: %,d dates with an impossible year and %,d unreadable dates "
                    + "were stored as null%n", impossibleYears, unparseableDates));
        }
        b.append(String.format(Locale.ROOT, "articles table: %,d rows, %,d marked as near-duplicates (duplicate_of)",
                articlesInTable, nearDuplicates));
        if (!balanced()) {
            b.append(String.format(Locale.ROOT, "%n!!! COUNTS DO NOT BALANCE: read %,d != written %,d + duplicates %,d "
                    + "+ rejected %,d: records were lost; please report this !!!", read, written, duplicates, rejected));
        }
        return b.toString();
    }
}
