package dev.luccaokta.cluster;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A {@link SharedStore} whose entries carry an HMAC-SHA256 tag over the store's name, the entry's key and its
 * value, so that only instances holding the cluster's key can write an entry the others take: anyone who can reach
 * the grid's port (it is unauthenticated) could otherwise hand every instance a snapshot of their making, or reset
 * Lucca's budget. An entry whose tag does not hold is dropped and reads as absent; the log names its store and key,
 * never its content. The tag is deterministic, so conditional updates compare the stored bytes as before.
 *
 * <pre>{@code
 * SharedStore store = new SignedStore(JCacheStore.open(name, lifetime), name, GridKey.derive(secretKey));
 * }</pre>
 */
final class SignedStore implements SharedStore {

    private static final Logger LOG = Logger.getLogger(SignedStore.class.getName());
    private static final String ALGORITHM = "HmacSHA256";
    private static final int TAG_BYTES = 32;

    private final SharedStore entries;
    private final String name;
    private final SecretKeySpec key;

    /** @param key at least 32 bytes, the same on every instance of the cluster */
    SignedStore(SharedStore entries, String name, byte[] key) {
        if (key.length < TAG_BYTES) {
            throw new IllegalArgumentException("The grid's HMAC key has at least " + TAG_BYTES + " bytes");
        }
        this.entries = entries;
        this.name = name;
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    @Override
    public byte[] get(String entryKey) {
        byte[] stored = entries.get(entryKey);
        if (stored == null) {
            return null;
        }
        byte[] value = stored.length < TAG_BYTES ? null : Arrays.copyOf(stored, stored.length - TAG_BYTES);
        if (value == null || !MessageDigest.isEqual(signed(entryKey, value), stored)) {
            LOG.warning(() -> "An entry of " + name + " (key " + entryKey + ") does not carry this cluster's tag: "
                    + "dropped (an instance with another connector.secretKey, or a writer that is not an instance)");
            entries.remove(entryKey, stored);
            return null;
        }
        return value;
    }

    @Override
    public void put(String entryKey, byte[] value) {
        entries.put(entryKey, signed(entryKey, value));
    }

    @Override
    public boolean putIfAbsent(String entryKey, byte[] value) {
        return entries.putIfAbsent(entryKey, signed(entryKey, value));
    }

    @Override
    public boolean replace(String entryKey, byte[] expected, byte[] value) {
        return entries.replace(entryKey, signed(entryKey, expected), signed(entryKey, value));
    }

    @Override
    public boolean remove(String entryKey, byte[] expected) {
        return entries.remove(entryKey, signed(entryKey, expected));
    }

    /** The value followed by its tag, which binds it to this store and key: an entry moved elsewhere fails. */
    private byte[] signed(String entryKey, byte[] value) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(framed(entryKey));
            mac.update(value);
            byte[] tag = mac.doFinal();
            byte[] signed = Arrays.copyOf(value, value.length + TAG_BYTES);
            System.arraycopy(tag, 0, signed, value.length, TAG_BYTES);
            return signed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    /** The store's name and the key, each with its length, so that no two pairs give the same bytes. */
    private byte[] framed(String entryKey) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (String part : new String[] {name, entryKey}) {
                byte[] encoded = part.getBytes(StandardCharsets.UTF_8);
                out.writeInt(encoded.length);
                out.write(encoded);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
