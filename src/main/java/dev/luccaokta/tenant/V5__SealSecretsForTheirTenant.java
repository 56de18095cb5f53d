package dev.luccaokta.tenant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Seals every stored Lucca secret for its tenant and column ({@link SecretSlot}): values sealed by earlier
 * releases (bound to nothing) and values stored in plain text. Flyway runs it once per database; from then on a
 * value that is not sealed for its place is refused, whatever wrote it. A key that cannot open the values sealed
 * before fails the migration, and so the start, as {@link SecretKeyCheck} would.
 */
class V5__SealSecretsForTheirTenant extends BaseJavaMigration {

    private record Stored(String tenantId, String column, String value) {
    }

    private final Supplier<SecretBox> keys;

    /** @param keys the configured box, asked for only when the migration runs */
    V5__SealSecretsForTheirTenant(Supplier<SecretBox> keys) {
        this.keys = keys;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        SecretBox box = keys.get();
        Connection connection = context.getConnection();
        List<Stored> stored = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, " + SecretSlot.LUCCA_API_KEY + ", " + SecretSlot.LUCCA_CLIENT_SECRET + " FROM tenant");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                stored.add(new Stored(rows.getString(1), SecretSlot.LUCCA_API_KEY, rows.getString(2)));
                stored.add(new Stored(rows.getString(1), SecretSlot.LUCCA_CLIENT_SECRET, rows.getString(3)));
            }
        }
        for (Stored value : stored) {
            String resealed;
            try {
                resealed = new SecretSlot(value.tenantId(), value.column()).resealed(box, value.value());
            } catch (IllegalStateException e) {
                throw new IllegalStateException(SecretKeyCheck.WRONG_KEY, e);
            }
            if (resealed != null && !resealed.equals(value.value())) {
                // The column names come from SecretSlot, never from the data.
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE tenant SET " + value.column() + " = ? WHERE id = ?")) {
                    update.setString(1, resealed);
                    update.setString(2, value.tenantId());
                    update.executeUpdate();
                }
            }
        }
    }
}
