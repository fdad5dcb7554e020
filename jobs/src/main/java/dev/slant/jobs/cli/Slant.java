package dev.slant.jobs.cli;

import dev.slant.jobs.verbs.ParsedOptions;
import dev.slant.jobs.verbs.StageRefused;
import dev.slant.jobs.verbs.UsageException;
import dev.slant.jobs.verbs.Verb;

import java.util.Arrays;
import java.util.List;

/**
 * Entry point of `./slant` and of `spark-submit --class dev.slant.jobs.cli.Slant`: the top of the house. It knows every
 * verb, parses the command line against the chosen verb's declared options, and runs it.
 */
public final class Slant {
    private static final List<Verb> VERBS = List.of(
            new dev.slant.jobs.weekly.DemoVerb(),
            new dev.slant.jobs.pipeline.RunVerb(),
            new dev.slant.jobs.ingest.IngestVerb(),
            new dev.slant.jobs.quotes.QuotesVerb(),
            new dev.slant.jobs.compare.CompareVerb(),
            new dev.slant.jobs.report.ReportVerb(),
            new dev.slant.jobs.weekly.WeeklyVerb(dev.slant.jobs.pipeline.WarehouseStages::new),
            new dev.slant.jobs.query.QueryVerb(),
            new dev.slant.jobs.validate.ValidateVerb(),
            new TrainVerb(),
            new dev.slant.jobs.bench.QuotesBenchmark()
    );

    private Slant() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String[] args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            System.out.println(overview());
            return args.length == 0 ? 2 : 0;
        }
        Verb verb = VERBS.stream().filter(v -> v.name().equals(args[0])).findFirst().orElse(null);
        if (verb == null) {
            System.err.println("slant: unknown verb '" + args[0] + "'\n\n" + overview());
            return 2;
        }
        try {
            ParsedOptions options = verb.options().parse(Arrays.copyOfRange(args, 1, args.length));
            if (options.flag("help")) {
                System.out.println(verb.help());
                return 0;
            }
            return verb.run(options);
        } catch (UsageException e) {
            System.err.println("slant " + verb.name() + ": " + e.getMessage() + "\n\n" + verb.help());
            return 2;
        } catch (StageRefused e) {
            System.err.println("slant " + verb.name() + ": " + e.getMessage());
            return 1;
        } catch (Exception e) {
            System.err.println("slant " + verb.name() + " failed: " + e);
            e.printStackTrace();
            return 1;
        }
    }

    static String overview() {
        StringBuilder sb = new StringBuilder("usage: ./slant VERB [options]    (./slant VERB --help for its options)\n\nverbs:\n");
        for (Verb v : VERBS) {
            sb.append(String.format("  %-10s %s%n", v.name(), v.summary()));
        }
        // Handled by the launcher script itself (it starts Jupyter, not a JVM), listed here so --help is complete.
        sb.append(String.format("  %-10s %s%n", "notebook",
                "install the Slant (Java) Jupyter kernel (--install-kernel) and start Jupyter in notebooks/"));
        sb.append("\nAn unknown or misspelt option is an error (exit code 2) naming the closest valid one.");
        return sb.toString();
    }
}
