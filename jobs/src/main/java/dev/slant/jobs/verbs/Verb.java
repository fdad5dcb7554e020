package dev.slant.jobs.verbs;

/**
 * One launcher verb (`./slant VERB ...`). A verb declares its options once ({@link #options()}); the launcher parses
 * the command line against them, prints the generated help, and hands the verb typed values. Implementations turn
 * those into the stages' typed options and wire pure functions; nothing more.
 */
public interface Verb {
    String name();

    /** One line for `./slant --help`. */
    String summary();

    /** Every option the verb accepts, with its usage and description: `./slant VERB --help` is generated from it. */
    VerbOptions options();

    /** Runs the verb; returns the process exit code. */
    int run(ParsedOptions options) throws Exception;

    default String help() {
        return options().help(name());
    }
}
