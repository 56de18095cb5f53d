package dev.luccaokta.directory;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;

/**
 * Reads an encoded entry whose length fields are checked against the bytes actually left before anything is
 * allocated from them: a corrupt or hostile count fails the read instead of asking the heap for gigabytes.
 *
 * <pre>{@code
 * byte[] part = new byte[in.readLength(1)];   // at most what is left of the entry
 * }</pre>
 */
final class BoundedInput extends DataInputStream {

    private final ByteArrayInputStream bytes;

    private BoundedInput(ByteArrayInputStream bytes) {
        super(bytes);
        this.bytes = bytes;
    }

    static BoundedInput of(byte[] encoded) {
        return new BoundedInput(new ByteArrayInputStream(encoded));
    }

    /**
     * A count of items that each take at least {@code bytesEach} bytes further on.
     *
     * @throws IOException when it is negative or more than the bytes left could hold
     */
    int readLength(int bytesEach) throws IOException {
        int length = readInt();
        if (length < 0 || (long) length * bytesEach > bytes.available()) {
            throw new IOException("A length of " + length + " does not fit in the " + bytes.available() + " bytes left");
        }
        return length;
    }

    /** Bytes preceded by their length, as {@code writeInt} then {@code write} put them. */
    byte[] readBytes() throws IOException {
        byte[] read = new byte[readLength(1)];
        readFully(read);
        return read;
    }
}
