package dev.luccaokta.tenant;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema to the version this release expects, with Flyway's versioned migrations
 * ({@code db/migration}), before anything else at start-up uses the database. A database made by a release
 * from before migrations (its tables created by the JPA provider) is recorded as version 1 first. On H2, commits are
 * then written to the file as they happen.
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    void migrate(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class) Object event) {
        boolean madeBeforeMigrations = hasTenantTable();
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new V5__SealSecretsForTheirTenant(SecretKeys::box))
                .table("lucca_okta_schema_history")
                // Other applications' tables may share the schema: start from an empty history, not a refusal.
                .baselineOnMigrate(true)
                .baselineVersion(madeBeforeMigrations ? "1" : "0")
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Database schema at version " + flyway.info().current().getVersion() + " ("
                + result.migrationsExecuted + " migrations run now)");
        writeCommitsAtOnceOnH2();
    }

    /**
     * H2 writes a commit to its file up to 500 ms later by default, so a killed process loses what it had just
     * committed: an event Lucca was told had arrived, an audit row. The setting lasts while the database is open
     * (the pool keeps it open), and needs the administrator rights the server's pool has.
     */
    private void writeCommitsAtOnceOnH2() {
        try (Connection connection = dataSource.getConnection()) {
            if ("H2".equals(connection.getMetaData().getDatabaseProductName())) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET WRITE_DELAY 0");
                }
            }
        } catch (SQLException e) {
            LOG.warning("H2 keeps its default write delay (" + e.getMessage() + "): commits of the last 500 ms are lost"
                    + " if the process is killed");
        }
    }

    private boolean hasTenantTable() {
        try (Connection connection = dataSource.getConnection(); Statement query = connection.createStatement()) {
            query.executeQuery("SELECT id FROM tenant WHERE 1 = 0").close();
            return true;
        } catch (SQLException noTable) {
            return false;
        }
    }
}
