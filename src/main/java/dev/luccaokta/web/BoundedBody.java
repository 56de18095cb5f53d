package dev.luccaokta.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body that counts the bytes read (or skipped) and fails with {@link TooLarge} once more than the limit went
 * through, so that no request holds more than the limit in memory whether or not it announced its length. Both APIs
 * bound their bodies with it.
 */
public final class BoundedBody extends FilterInputStream {

    private final long maxBytes;
    private long count;

    public BoundedBody(InputStream in, long maxBytes) {
        super(in);
        this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        // Never ask for more than one byte past the limit: that byte is enough to know.
        long room = maxBytes - count + 1;
        int n = super.read(buffer, offset, (int) Math.min(length, Math.max(1, room)));
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(Math.min(n, Math.max(1, maxBytes - count + 1)));
        counted(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int limit) {
        // not supported: a reset would read bytes twice past the count
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }

    private void counted(long n) throws TooLarge {
        count += n;
        if (count > maxBytes) {
            throw new TooLarge(maxBytes);
        }
    }

    /** What a refusal says. */
    public static String tooLarge(long maxBytes) {
        return "The request body is larger than the " + maxBytes + " bytes accepted";
    }

    /** Past the limit while reading. */
    public static final class TooLarge extends IOException {

        private static final long serialVersionUID = 1L;

        TooLarge(long maxBytes) {
            super(tooLarge(maxBytes));
        }
    }
}
