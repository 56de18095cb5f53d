package dev.luccaokta.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Runs the demo ({@code mvn -B -Pdemo package}): Payara Micro in the foreground with the Lucca sandbox and
 * the connector, the demo tenant from {@code server-config/demo.properties}, then prints where to point
 * Okta (or curl) once the connector is ready. Ctrl+C stops the server.
 */
public final class DemoLauncher {

    private DemoLauncher() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path baseDir = Path.of(System.getProperty("demo.baseDir", "."));
        Path buildDir = Path.of(System.getProperty("demo.buildDir", "target"));
        int port = Integer.parseInt(System.getProperty("demo.port", "8080"));
        Properties settings = settings(baseDir, port);
        try (LocalServer server = LocalServer.start(baseDir, buildDir, port, settings, "1g", true)) {
            if (server.awaitReady()) {
                printBanner(System.out, server, settings);
            }
            int exit = server.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("Payara Micro stopped with exit code " + exit);
            }
        }
    }

    /** The demo properties, with -Dsandbox.employees=N and the port taken from the command line. */
    static Properties settings(Path baseDir, int port) throws IOException {
        Properties settings = new Properties();
        try (InputStream in = Files.newInputStream(baseDir.resolve("server-config/demo.properties"))) {
            settings.load(in);
        }
        String employees = System.getProperty("sandbox.employees");
        if (employees != null) {
            settings.setProperty("sandbox.employees", employees);
        }
        settings.setProperty("demo.port", Integer.toString(port));
        // Files the settings name (the push tenant's key) are found from the project, wherever the server runs.
        settings.setProperty("demo.baseDir", baseDir.toAbsolutePath().normalize().toString());
        return settings;
    }

    /**
     * The demo settings with the tenant {@code demo} alone: the others would read Lucca (and push to Okta) on the
     * cores a benchmark measures.
     */
    static Properties demoTenantAlone(Properties settings) {
        settings.setProperty("demo.tenants", "demo");
        return settings;
    }

    /**
     * The demo tenant reading the API generation {@code bench.api} names: {@code v5} (the demo's OAuth client, the
     * default) or {@code v3} (the same selection read with the API key alone).
     */
    static Properties onApi(Properties settings) {
        String api = System.getProperty("bench.api", "v5");
        if ("v3".equals(api)) {
            settings.remove("demo.lucca.clientId");
            settings.remove("demo.lucca.clientSecret");
            // The key that sees future employees, as the current API lists them: the same people either way.
            settings.setProperty("demo.lucca.apiKey", "sbx-future-0002");
        } else if (!"v5".equals(api)) {
            throw new IllegalArgumentException("bench.api is v3 or v5, not " + api);
        }
        System.out.println("Lucca API read: " + api);
        return settings;
    }

    private static void printBanner(PrintStream out, LocalServer server, Properties settings) {
        out.println();
        out.println("==============================================================================");
        out.println(" Lucca <-> Okta connector demo is ready");
        out.println("   SCIM base URL   " + server.url("/lucca-okta/api"));
        out.println("   SCIM API token  " + settings.getProperty("demo.scim.token") + "  (read-only tenant, Lucca's current API)");
        out.println("   SCIM API token  " + settings.getProperty("demo.writeback.scim.token") + "  (tenant with Okta -> Lucca write-back)");
        out.println("   SCIM API token  " + settings.getProperty("demo.legacy.scim.token") + "  (tenant on Lucca's legacy API)");
        out.println("   Lucca sandbox   " + server.url("/lucca-sandbox") + "  (OAuth client "
                + settings.getProperty("demo.lucca.clientId") + ", API key " + settings.getProperty("demo.lucca.apiKey")
                + ", " + settings.getProperty("sandbox.employees") + " employees)");
        out.println("   Okta emulator   " + server.url("/okta-sandbox") + "  (an Okta org's base URL; README, Okta's emulator)");
        out.println("   Health          " + server.url("/health/ready"));
        out.println(" Press Ctrl+C to stop.");
        out.println("==============================================================================");
        out.println();
    }
}
