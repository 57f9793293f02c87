package dev.foresight.scoring.limits;

import java.io.IOException;

/** Thrown while reading a body that grows past the limit. */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes.");
    }
}
