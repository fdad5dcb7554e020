package dev.slant.jobs.verbs;

/** A mistake in the command line: printed with the verb's help, exit code 2. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
