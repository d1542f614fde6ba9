package org.proficio.platform.inbox;

/** A Kafka record that is not a well-formed Proficio event; retrying cannot help, it goes to the dead letters. */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message) {
        super(message);
    }

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
