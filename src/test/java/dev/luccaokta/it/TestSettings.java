package dev.luccaokta.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** The settings of a test server: server-config/test.properties for a server on this port with this many employees. */
final class TestSettings {

    private static final Path FILE = Path.of(System.getProperty("project.basedir", "."), "server-config/test.properties");

    private TestSettings() {
    }

    static Properties forServer(int port, int employees) {
        Properties settings = new Properties();
        try (InputStream in = Files.newInputStream(FILE)) {
            settings.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE, e);
        }
        // The configured tenants read the sandbox beside them (test.properties says ${it.port}).
        settings.setProperty("it.port", Integer.toString(port));
        settings.setProperty("sandbox.employees", Integer.toString(employees));
        return settings;
    }
}
