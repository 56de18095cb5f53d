package dev.luccaokta.directory;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.DataOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * An immutable list of SCIM representations kept as deflated {@link WireJson}, decoded on access. A Jackson tree
 * costs several kilobytes per user while the compressed text costs a few hundred bytes; a page of Okta's import is
 * inflated and copied to the response ({@link #writeTo(int, OutputStream, byte[])}) without being parsed. The first
 * representation serves as the compression dictionary, so the attribute names every representation repeats cost
 * almost nothing.
 */
final class CompactNodes extends AbstractList<ObjectNode> implements RandomAccess {

    private static final ThreadLocal<Inflater> INFLATERS = ThreadLocal.withInitial(Inflater::new);
    /** Far above any user's or group's JSON; a representation read from the cluster that claims more is corrupt. */
    private static final int MAX_JSON_BYTES = 4 << 20;

    private final byte[] dictionary;
    private final byte[][] encoded;
    private final int[] lengths;

    private CompactNodes(byte[] dictionary, byte[][] encoded, int[] lengths) {
        this.dictionary = dictionary;
        this.encoded = encoded;
        this.lengths = lengths;
    }

    static CompactNodes of(List<ObjectNode> nodes) {
        Builder builder = new Builder(null);
        nodes.forEach(builder::add);
        return builder.build();
    }

    /**
     * Adds representations one at a time, so that a large list is never held decoded; the first one added
     * becomes the dictionary unless the builder continues another list ({@link #continuing}).
     */
    static final class Builder {
        private byte[] dictionary;
        private final List<byte[]> encoded = new ArrayList<>();
        private final List<Integer> lengths = new ArrayList<>();
        private final Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);

        private Builder(byte[] dictionary) {
            this.dictionary = dictionary;
        }

        void add(ObjectNode node) {
            add(node, null, -1);
        }

        /**
         * Adds a representation; when it comes out as the one at {@code earlierIndex} of {@code earlier} (a list this
         * builder continues), that one's stored form is taken, so both lists hold it once and its stamp stays.
         */
        void add(ObjectNode node, CompactNodes earlier, int earlierIndex) {
            byte[] json = WireJson.render(node);
            if (dictionary == null) {
                dictionary = json;
            }
            byte[] deflated = deflate(deflater, dictionary, json);
            boolean same = earlierIndex >= 0 && earlier.dictionary == dictionary
                    && Arrays.equals(deflated, earlier.encoded[earlierIndex]);
            encoded.add(same ? earlier.encoded[earlierIndex] : deflated);
            lengths.add(json.length);
        }

        /** Takes one representation of the list this builder continues as it is, without decoding it. */
        void keep(CompactNodes from, int index) {
            if (from.dictionary != dictionary) {
                throw new IllegalArgumentException("Only representations sharing this builder's dictionary can be kept");
            }
            encoded.add(from.encoded[index]);
            lengths.add(from.lengths[index]);
        }

        CompactNodes build() {
            deflater.end();
            return new CompactNodes(dictionary == null ? new byte[0] : dictionary, encoded.toArray(byte[][]::new),
                    lengths.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    /** A builder that may keep representations of {@code previous} as they are. */
    static Builder continuing(CompactNodes previous) {
        return new Builder(previous.dictionary.length == 0 ? null : previous.dictionary);
    }

    @Override
    public ObjectNode get(int index) {
        return WireJson.of(inflated(index)).tree();
    }

    /** The stored form of one representation, which a list continuing this one shares while it keeps it. */
    Object stamp(int index) {
        return encoded[index];
    }

    /** One representation as it goes out, with {@code base} (from {@link WireJson#base}) in front of its references. */
    void writeTo(int index, OutputStream out, byte[] base) throws IOException {
        WireJson.of(inflated(index)).writeTo(out, base);
    }

    /** The same without its closing brace. */
    void writeOpenTo(int index, OutputStream out, byte[] base) throws IOException {
        WireJson.of(inflated(index)).writeOpenTo(out, base);
    }

    /**
     * Whether a representation here and one of {@code other} are certainly the same JSON, told without parsing:
     * the same compressed bytes when both lists share a dictionary (a refresh keeps them), else the same text once
     * inflated. False means "look closer": the same JSON compressed by another instance may differ in its bytes.
     */
    boolean sameAs(int index, CompactNodes other, int otherIndex) {
        if (lengths[index] != other.lengths[otherIndex]) {
            return false;
        }
        if (encoded[index] == other.encoded[otherIndex]
                || Arrays.equals(dictionary, other.dictionary) && Arrays.equals(encoded[index], other.encoded[otherIndex])) {
            return true;
        }
        return Arrays.equals(inflated(index), other.inflated(otherIndex));
    }

    private byte[] inflated(int index) {
        Inflater inflater = INFLATERS.get();
        inflater.reset();
        inflater.setInput(encoded[index]);
        byte[] json = new byte[lengths[index]];
        try {
            int read = inflater.inflate(json);
            if (read == 0 && inflater.needsDictionary()) {
                inflater.setDictionary(dictionary);
                read = inflater.inflate(json);
            }
            return read == json.length ? json : Arrays.copyOf(json, read);
        } catch (DataFormatException e) {
            throw new IllegalStateException("A stored representation is corrupt", e);
        }
    }

    /** A copy with one representation replaced, sharing every other encoded representation and the dictionary. */
    CompactNodes with(int index, ObjectNode node) {
        byte[][] replacedEncoded = encoded.clone();
        int[] replacedLengths = lengths.clone();
        byte[] json = WireJson.render(node);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            replacedEncoded[index] = deflate(deflater, dictionary, json);
        } finally {
            deflater.end();
        }
        replacedLengths[index] = json.length;
        return new CompactNodes(dictionary, replacedEncoded, replacedLengths);
    }

    /** Writes the list as it is stored, for another instance to {@link #readFrom} without encoding anything again. */
    void writeTo(DataOutput out) throws IOException {
        writeBytes(out, dictionary);
        out.writeInt(encoded.length);
        for (int i = 0; i < encoded.length; i++) {
            writeBytes(out, encoded[i]);
            out.writeInt(lengths[i]);
        }
    }

    /** @throws IOException when a length does not fit what is left of the input, or a representation is too long */
    static CompactNodes readFrom(BoundedInput in) throws IOException {
        byte[] dictionary = in.readBytes();
        // Each representation takes at least its two lengths.
        int size = in.readLength(2 * Integer.BYTES);
        byte[][] encoded = new byte[size][];
        int[] lengths = new int[size];
        for (int i = 0; i < size; i++) {
            encoded[i] = in.readBytes();
            lengths[i] = in.readInt();
            if (lengths[i] < 0 || lengths[i] > MAX_JSON_BYTES) {
                throw new IOException("A representation of " + lengths[i] + " bytes is not one this connector made");
            }
        }
        return new CompactNodes(dictionary, encoded, lengths);
    }

    private static void writeBytes(DataOutput out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    @Override
    public int size() {
        return encoded.length;
    }

    /** Bytes held by the compressed representations, not counting the dictionary. */
    long storedBytes() {
        return Arrays.stream(encoded).mapToLong(bytes -> bytes.length).sum();
    }

    private static byte[] deflate(Deflater deflater, byte[] dictionary, byte[] json) {
        deflater.reset();
        if (dictionary.length > 0) {
            deflater.setDictionary(dictionary);
        }
        deflater.setInput(json);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 2 + 16);
        byte[] buffer = new byte[1024];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        return out.toByteArray();
    }
}
