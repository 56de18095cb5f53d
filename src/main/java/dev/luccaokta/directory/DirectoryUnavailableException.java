package dev.luccaokta.directory;

import java.time.Duration;

/**
 * No snapshot of the tenant's directory can be served yet (the first one is still being built, or Lucca
 * cannot be read); Okta should come back after {@link #retryAfter()}.
 */
public class DirectoryUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public DirectoryUnavailableException(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
