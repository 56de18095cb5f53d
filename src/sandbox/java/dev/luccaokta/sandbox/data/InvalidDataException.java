package dev.luccaokta.sandbox.data;

/** A requested change that the directory refuses as a whole because one of its values is not acceptable. */
public class InvalidDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidDataException(String message) {
        super(message);
    }
}
