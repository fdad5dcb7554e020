package dev.slant.jobs.verbs;

/**
 * A stage declines to run on what it was given (not a bug, not a bad command line): the message says what it found
 * and what to do. The command line prints it without a stack trace.
 */
public class StageRefused extends RuntimeException {
    public StageRefused(String message) {
        super(message);
    }
}
