package dev.luccaokta.directory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.utils.JsonUtils;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * An immutable list of SCIM representations kept as deflated JSON, decoded on access. A Jackson tree costs
 * several kilobytes per user while the compressed text costs a few hundred bytes; since Okta reads a page of
 * 100 at a time, decoding on access is cheap. The first representation serves as the compression dictionary,
 * so the attribute names every representation repeats cost almost nothing.
 */
final class CompactNodes extends AbstractList<ObjectNode> implements RandomAccess {

    private static final ObjectMapper WRITER = new ObjectMapper();
    private static final ObjectReader READER = JsonUtils.getObjectReader();
    private static final ThreadLocal<Inflater> INFLATERS = ThreadLocal.withInitial(Inflater::new);

    private final byte[] dictionary;
    private final byte[][] encoded;
    private final int[] lengths;

    private CompactNodes(byte[] dictionary, byte[][] encoded, int[] lengths) {
        this.dictionary = dictionary;
        this.encoded = encoded;
        this.lengths = lengths;
    }

    static CompactNodes of(List<ObjectNode> nodes) {
        byte[][] json = nodes.stream().map(CompactNodes::json).toArray(byte[][]::new);
        byte[] dictionary = json.length == 0 ? new byte[0] : json[0];
        byte[][] encoded = new byte[json.length][];
        int[] lengths = new int[json.length];
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            for (int i = 0; i < json.length; i++) {
                encoded[i] = deflate(deflater, dictionary, json[i]);
                lengths[i] = json[i].length;
            }
        } finally {
            deflater.end();
        }
        return new CompactNodes(dictionary, encoded, lengths);
    }

    @Override
    public ObjectNode get(int index) {
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
            return (ObjectNode) READER.readTree(Arrays.copyOf(json, read));
        } catch (DataFormatException e) {
            throw new IllegalStateException("A stored representation is corrupt", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy with one representation replaced, sharing every other encoded representation and the dictionary. */
    CompactNodes with(int index, ObjectNode node) {
        byte[][] replacedEncoded = encoded.clone();
        int[] replacedLengths = lengths.clone();
        byte[] json = json(node);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            replacedEncoded[index] = deflate(deflater, dictionary, json);
        } finally {
            deflater.end();
        }
        replacedLengths[index] = json.length;
        return new CompactNodes(dictionary, replacedEncoded, replacedLengths);
    }

    @Override
    public int size() {
        return encoded.length;
    }

    /** Bytes held by the compressed representations, not counting the dictionary. */
    long storedBytes() {
        return Arrays.stream(encoded).mapToLong(bytes -> bytes.length).sum();
    }

    private static byte[] json(ObjectNode node) {
        try {
            return WRITER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A SCIM representation cannot be written as JSON", e);
        }
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
