package dev.slant.jobs.cli;

/** One launcher verb (`./slant VERB ...`). Implementations parse options and wire pure functions; nothing more. */
public interface Verb {
    String name();

    /** One line for `./slant --help`. */
    String summary();

    /** Full text for `./slant VERB --help`: usage and every option. */
    String help();

    /** Runs the verb; returns the process exit code. */
    int run(Options options) throws Exception;
}
