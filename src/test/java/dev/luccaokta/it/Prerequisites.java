package dev.luccaokta.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import org.junit.jupiter.api.Assumptions;

/**
 * What some tests need beyond Java and Maven. Missing, such a test is skipped with one line saying what to install,
 * so that {@code mvn -B verify} passes on a fresh machine; with {@code -Dit.require=chromium,postgresql} (as
 * {@code .ci/run} sets it) a missing one fails the test instead, so CI never skips it silently.
 */
final class Prerequisites {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private Prerequisites() {
    }

    /** Debian's headless Chromium and its driver, for the administration page's browser test. */
    static void chromium() {
        require("chromium", CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "The administration page's browser test needs Chromium: apt-get install chromium chromium-driver");
    }

    /** A PostgreSQL server configured through CONNECTOR_DB_* ({@code source .ci/postgresql} starts one). */
    static void postgreSql() {
        require("postgresql", TestDatabase.postgreSqlConfigured(),
                "The restart test on PostgreSQL needs PostgreSQL: apt-get install postgresql, then source .ci/postgresql");
    }

    private static void require(String name, boolean present, String line) {
        if (present) {
            return;
        }
        assertThat(System.getProperty("it.require", "").split(",")).as("-Dit.require=" + name + ": " + line)
                .doesNotContain(name);
        System.out.println("SKIPPED: " + line);
        Assumptions.abort(line);
    }
}
