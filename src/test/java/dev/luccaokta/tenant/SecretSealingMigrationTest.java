package dev.luccaokta.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

/** Migration 5 on a database an earlier release wrote (H2, the server's default database). */
class SecretSealingMigrationTest {

    private static final byte[] KEY = Base64.getDecoder().decode("AdlR3IrlM+fgOZ7y0Uj5zt1I+EjdOcS+3DdCH1n9WtM=");
    private static final SecretBox BOX = SecretBox.of(KEY);

    private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    @Test
    void valuesStoredUnboundOrInPlainTextAreSealedForTheirTenantAndTheRestIsKept() throws SQLException {
        flyway(BOX).target("2").load().migrate();
        String bound = new SecretSlot("globex", SecretSlot.LUCCA_API_KEY).seal(BOX, "sbx-future-0002");
        insert("acme", sealedUnbound("sbx-all-0003"), "client-secret-in-plain-text");
        insert("globex", bound, null);

        flyway(BOX).load().migrate();

        SecretSlot acmeKey = new SecretSlot("acme", SecretSlot.LUCCA_API_KEY);
        SecretSlot acmeSecret = new SecretSlot("acme", SecretSlot.LUCCA_CLIENT_SECRET);
        assertThat(acmeKey.open(BOX, stored("acme", SecretSlot.LUCCA_API_KEY))).isEqualTo("sbx-all-0003");
        assertThat(acmeSecret.open(BOX, stored("acme", SecretSlot.LUCCA_CLIENT_SECRET))).isEqualTo("client-secret-in-plain-text");
        assertThat(stored("globex", SecretSlot.LUCCA_API_KEY)).isEqualTo(bound);
        assertThat(stored("globex", SecretSlot.LUCCA_CLIENT_SECRET)).isNull();
    }

    @Test
    void aKeyThatCannotOpenTheEarlierValuesStopsTheMigrationAndChangesNothing() throws SQLException {
        flyway(BOX).target("2").load().migrate();
        String unbound = sealedUnbound("sbx-all-0003");
        insert("acme", unbound, null);

        assertThatThrownBy(() -> flyway(SecretBox.of(new byte[32])).load().migrate())
                .hasStackTraceContaining("connector.secretKey does not open");
        assertThat(stored("acme", SecretSlot.LUCCA_API_KEY)).isEqualTo(unbound);
    }

    private FluentConfiguration flyway(SecretBox box) {
        return Flyway.configure(SchemaMigration.class.getClassLoader()).dataSource(url, "sa", "")
                .locations("classpath:db/migration").table("lucca_okta_schema_history")
                .javaMigrations(new V5__SealSecretsForTheirTenant(() -> box));
    }

    private void insert(String id, String apiKey, String clientSecret) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO tenant (id, name, lucca_base_url, "
                     + "lucca_api_key, lucca_client_id, lucca_client_secret, scim_token_hash, created_at, disabled, "
                     + "reverse_sync, leavers_grace_days, snapshot_ttl_seconds, user_name_source, version) "
                     + "VALUES (?, ?, 'https://acme.ilucca.net', ?, ?, ?, ?, CURRENT_TIMESTAMP, FALSE, FALSE, 90, 900, 'LOGIN', 0)")) {
            insert.setString(1, id);
            insert.setString(2, id);
            insert.setString(3, apiKey);
            insert.setString(4, clientSecret == null ? null : "client-" + id);
            insert.setString(5, clientSecret);
            insert.setString(6, "hash-" + id);
            insert.executeUpdate();
        }
    }

    private String stored(String id, String column) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             PreparedStatement select = connection.prepareStatement("SELECT " + column + " FROM tenant WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    /** As releases before slots sealed: AES-GCM without associated data, {@code v1:} then base64 of nonce and text. */
    static String sealedUnbound(String secret) {
        try {
            byte[] nonce = new byte[12];
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(KEY, "AES"), new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return "v1:" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
