package dev.luccaokta.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SignedStoreTest {

    private static final byte[] KEY = GridKey.derive("AdlR3IrlM+fgOZ7y0Uj5zt1I+EjdOcS+3DdCH1n9WtM=");
    private static final byte[] OTHER_KEY = GridKey.derive("bm90IHRoZSBrZXkgdGhlIG90aGVycyB1c2UgISEhISE=");

    private final LocalStore grid = new LocalStore(Duration.ofMinutes(10), Clock.systemUTC());
    private final SignedStore store = new SignedStore(grid, "lucca-okta-budgets", KEY);

    @Test
    void whatAnInstanceWritesTheOthersReadAndUpdateConditionally() {
        SignedStore other = new SignedStore(grid, "lucca-okta-budgets", KEY);

        assertThat(store.putIfAbsent("https://acme.ilucca.net", bytes("one"))).isTrue();
        assertThat(other.get("https://acme.ilucca.net")).isEqualTo(bytes("one"));
        assertThat(other.replace("https://acme.ilucca.net", bytes("one"), bytes("two"))).isTrue();
        assertThat(store.replace("https://acme.ilucca.net", bytes("one"), bytes("three"))).isFalse();
        assertThat(store.get("https://acme.ilucca.net")).isEqualTo(bytes("two"));
        assertThat(store.remove("https://acme.ilucca.net", bytes("two"))).isTrue();
        assertThat(other.get("https://acme.ilucca.net")).isNull();
    }

    @Test
    void anAlteredEntryIsDroppedAndReadsAsAbsent() {
        store.put("tenant/snapshot", bytes("the snapshot"));
        byte[] stored = grid.get("tenant/snapshot");
        byte[] altered = stored.clone();
        altered[0] ^= 1;
        grid.put("tenant/snapshot", altered);

        assertThat(store.get("tenant/snapshot")).isNull();
        assertThat(grid.get("tenant/snapshot")).as("dropped, so that a fresh entry can take its place").isNull();
        assertThat(store.putIfAbsent("tenant/snapshot", bytes("rebuilt"))).isTrue();
    }

    @Test
    void entriesWrittenWithoutTheClusterKeyAreRefused() {
        grid.put("plain", bytes("written straight to the grid by someone who can reach it"));
        grid.put("short", new byte[] {1, 2, 3});
        new SignedStore(grid, "lucca-okta-budgets", OTHER_KEY).put("forged", bytes("another key"));

        assertThat(store.get("plain")).isNull();
        assertThat(store.get("short")).isNull();
        assertThat(store.get("forged")).isNull();
    }

    @Test
    void anEntryMovedToAnotherKeyOrStoreIsRefused() {
        store.put("tenant-a/snapshot", bytes("tenant A's people"));
        grid.put("tenant-b/snapshot", grid.get("tenant-a/snapshot"));
        SignedStore leases = new SignedStore(grid, "lucca-okta-refresh-leases", KEY);

        assertThat(store.get("tenant-b/snapshot")).isNull();
        assertThat(leases.get("tenant-a/snapshot")).isNull();
    }

    @Test
    void theGridKeyIsDerivedNotTheSecretKeyItself() {
        assertThat(KEY).hasSize(32).isNotEqualTo(OTHER_KEY);
        assertThat(Arrays.equals(KEY, java.util.Base64.getDecoder().decode("AdlR3IrlM+fgOZ7y0Uj5zt1I+EjdOcS+3DdCH1n9WtM=")))
                .isFalse();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
