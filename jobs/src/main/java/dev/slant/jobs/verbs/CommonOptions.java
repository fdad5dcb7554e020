package dev.slant.jobs.verbs;

/** Options with the same meaning in every verb that takes them. */
public final class CommonOptions {
    public static final OptionSpec MASTER = OptionSpec.text("master", "URL", null,
            "Spark master (default local[*]; under spark-submit the submitter's)");

    private CommonOptions() {
    }

    /** The warehouse folder, required unless the verb says otherwise. */
    public static OptionSpec warehouse(String help) {
        return OptionSpec.text("warehouse", "DIR", null, help);
    }
}
