package dev.foresight.models.registry;

/** A model, version or previous champion that the registry does not have. */
public class NoSuchModelException extends RuntimeException {

    public NoSuchModelException(String message) {
        super(message);
    }
}
