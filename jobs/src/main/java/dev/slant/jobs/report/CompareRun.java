package dev.slant.jobs.report;

import dev.slant.jobs.compare.CompareOptions;
import dev.slant.jobs.warehouse.Runs;
import dev.slant.jobs.warehouse.Tables;
import dev.slant.jobs.warehouse.Warehouse;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Which compare run the report shows, and with which options it selected its rows: the last compare run recorded
 * in the warehouse's `runs` table. The one place the report and the notebooks learn it from.
 *
 * @param description one line for the page and the notebooks (the run's id, time and options)
 * @param options     the options compare ran with (its selection and --min-count, --resamples, --trailing-weeks)
 */
public record CompareRun(String description, CompareOptions options) {

    public static CompareRun of(Warehouse wh) {
        if (!wh.exists(Tables.FRAMING_CELLS)) {
            return new CompareRun("no compare run in this warehouse", CompareOptions.defaults());
        }
        return Runs.latest(wh, Runs.COMPARE)
                .map(r -> new CompareRun(describe(r), optionsOf(r.options())))
                .orElse(new CompareRun("compare tables of an unrecorded run (written before runs were recorded; "
                        + "compare's defaults assumed)", CompareOptions.defaults()));
    }

    /** The run's line, with the sentiment model its quotes and mentions were scored by (runs before it: none said). */
    private static String describe(Runs.Run r) {
        String model = r.models().get("sentiment_model");
        return model == null ? r.describe() : r.describe() + ", sentiment model " + model;
    }

    /** The selection options back from the run's record (component name → value, see Runs.start). */
    static CompareOptions optionsOf(Map<String, String> recorded) {
        CompareOptions o = CompareOptions.defaults();
        if (recorded.containsKey("minCount")) {
            o = o.withMinCount(Integer.parseInt(recorded.get("minCount")));
        }
        if (recorded.containsKey("countSyndicated")) {
            o = o.withCountSyndicated(Boolean.parseBoolean(recorded.get("countSyndicated")));
        }
        if (recorded.containsKey("actors")) {
            String list = recorded.get("actors").replaceAll("^\\[|\\]$", "");
            List<String> actors = Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            o = o.withActors(actors);
        }
        o = o.withWeeks(recorded.get("fromWeek"), recorded.get("toWeek"));
        if (recorded.containsKey("trailingWeeks")) {
            o = o.withTrailingWeeks(Integer.parseInt(recorded.get("trailingWeeks")));
        }
        return o;
    }
}
