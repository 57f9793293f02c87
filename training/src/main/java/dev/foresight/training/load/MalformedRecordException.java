package dev.foresight.training.load;

/** A source row that cannot become an interaction; the load step skips it into the rejects table. */
public class MalformedRecordException extends RuntimeException {

    public MalformedRecordException(String reason) {
        super(reason);
    }
}
