package dev.luccaokta.it;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The database of a Payara Micro started by {@link dev.luccaokta.run.LocalServer}: what to give the server so
 * that its default datasource is this database, and how to empty and inspect it.
 */
interface TestDatabase {

    void empty() throws Exception;

    /** Pre-boot asadmin commands. */
    List<String> preBoot();

    /** More Payara Micro arguments. */
    List<String> arguments();

    /** What the database stores, as text, to search for secrets. */
    String storedText() throws Exception;

    /** Changes the database behind the connector's back (the server stopped), as someone with access to it could. */
    void update(String sql) throws Exception;

    /** Whether PostgreSQL is configured (CONNECTOR_DB_HOST and its siblings, as .ci/run sets them). */
    static boolean postgreSqlConfigured() {
        return System.getenv("CONNECTOR_DB_HOST") != null;
    }

    /**
     * The server's own H2, in a file of {@code directory}; {@code shared} lets several servers open it (the first
     * serves it to the others).
     */
    static TestDatabase h2File(Path directory, boolean shared) {
        return new H2File(directory, shared);
    }

    /** PostgreSQL as server-config/postgresql.asadmin configures it, from the CONNECTOR_DB_* environment. */
    static TestDatabase postgreSql(Path baseDir, Path buildDir) {
        return new PostgreSql(baseDir, buildDir);
    }

    record H2File(Path directory, boolean shared) implements TestDatabase {
        @Override
        public void empty() throws IOException {
            if (Files.exists(directory)) {
                try (Stream<Path> files = Files.walk(directory)) {
                    files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
                }
            }
        }

        @Override
        public List<String> preBoot() {
            return List.of("set resources.jdbc-connection-pool.H2Pool.property.URL=jdbc:h2:" + directory.resolve("connector")
                    + (shared ? ";AUTO_SERVER=TRUE" : ""));
        }

        @Override
        public List<String> arguments() {
            return List.of();
        }

        @Override
        public String storedText() throws IOException {
            StringBuilder all = new StringBuilder();
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    all.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
                }
            }
            return all.toString();
        }

        @Override
        public void update(String sql) throws SQLException {
            // Payara's pool opens the file without a user name, so the database's administrator has none.
            try (Connection connection = DriverManager.getConnection("jdbc:h2:" + directory.resolve("connector"), "", "");
                 Statement statement = connection.createStatement()) {
                statement.executeUpdate(sql);
            }
        }
    }

    record PostgreSql(Path baseDir, Path buildDir) implements TestDatabase {
        @Override
        public void empty() throws SQLException {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA public CASCADE");
                statement.execute("CREATE SCHEMA public");
            }
        }

        @Override
        public List<String> preBoot() {
            return List.of();
        }

        @Override
        public List<String> arguments() {
            return List.of("--addlibs", buildDir.resolve("postgresql.jar").toString(),
                    "--postbootcommandfile", baseDir.resolve("server-config/postgresql.asadmin").toString());
        }

        @Override
        public String storedText() throws SQLException {
            StringBuilder all = new StringBuilder();
            try (Connection connection = connect(); Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT lucca_api_key, scim_token_hash, "
                         + "COALESCE(previous_token_hash, '') FROM tenant")) {
                while (rows.next()) {
                    all.append(rows.getString(1)).append(' ').append(rows.getString(2)).append(' ').append(rows.getString(3));
                }
            }
            return all.toString();
        }

        @Override
        public void update(String sql) throws SQLException {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.executeUpdate(sql);
            }
        }

        private static Connection connect() throws SQLException {
            return DriverManager.getConnection("jdbc:postgresql://" + System.getenv("CONNECTOR_DB_HOST") + ":"
                    + System.getenv("CONNECTOR_DB_PORT") + "/" + System.getenv("CONNECTOR_DB_NAME"),
                    System.getenv("CONNECTOR_DB_USER"), System.getenv("CONNECTOR_DB_PASSWORD"));
        }
    }
}
