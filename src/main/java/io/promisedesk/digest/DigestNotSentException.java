package io.promisedesk.digest;

/** A digest could not be handed over for delivery; sending it again later is safe. */
public final class DigestNotSentException extends RuntimeException {
    public DigestNotSentException(String message, Throwable cause) {
        super(message, cause);
    }
}
