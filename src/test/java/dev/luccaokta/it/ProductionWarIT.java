package dev.luccaokta.it;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The three WARs the build produces stay apart: the product never carries the sandbox or Okta's emulator, not even a
 * reference to one of their classes, and neither of them carries anything of the product.
 */
class ProductionWarIT {

    private static final String SANDBOX_PACKAGE = "dev/luccaokta/sandbox";
    private static final String OKTA_SANDBOX_PACKAGE = "dev/luccaokta/oktasandbox";

    @Test
    void productionWarHoldsNoSandboxClassNorReferenceToOne() throws IOException {
        try (ZipFile war = war("lucca-okta.war")) {
            List<String> names = names(war);

            assertThat(names).anyMatch(n -> n.startsWith("WEB-INF/classes/dev/luccaokta/tenant/"));
            assertThat(names).noneMatch(n -> n.toLowerCase().contains("sandbox"));
            for (ZipEntry entry : war.stream().filter(e -> e.getName().endsWith(".class")).toList()) {
                assertThat(text(war, entry)).as(entry.getName()).doesNotContain(SANDBOX_PACKAGE, OKTA_SANDBOX_PACKAGE);
            }
        }
    }

    @Test
    void sandboxWarHoldsOnlyTheSandbox() throws IOException {
        try (ZipFile war = war("lucca-sandbox.war")) {
            List<String> files = names(war).stream().filter(n -> !n.endsWith("/")).toList();

            assertThat(files).filteredOn(n -> n.endsWith(".class")).isNotEmpty()
                    .allMatch(n -> n.startsWith("WEB-INF/classes/" + SANDBOX_PACKAGE + "/"));
            assertThat(files).noneMatch(n -> n.startsWith("WEB-INF/lib/") || n.endsWith("persistence.xml"));
        }
    }

    @Test
    void oktaSandboxWarHoldsOnlyTheEmulatorAndItsJwtLibrary() throws IOException {
        try (ZipFile war = war("okta-sandbox.war")) {
            List<String> files = names(war).stream().filter(n -> !n.endsWith("/")).toList();

            assertThat(files).filteredOn(n -> n.endsWith(".class")).isNotEmpty()
                    .allMatch(n -> n.startsWith("WEB-INF/classes/" + OKTA_SANDBOX_PACKAGE + "/"));
            assertThat(files).filteredOn(n -> n.startsWith("WEB-INF/lib/")).singleElement(as(STRING))
                    .startsWith("WEB-INF/lib/nimbus-jose-jwt-");
            assertThat(files).noneMatch(n -> n.endsWith("persistence.xml"));
        }
    }

    private static ZipFile war(String name) throws IOException {
        return new ZipFile(new File(System.getProperty("project.build.directory", "target"), name));
    }

    private static List<String> names(ZipFile war) {
        List<String> names = new ArrayList<>();
        war.stream().forEach(e -> names.add(e.getName()));
        return names;
    }

    /** Class files keep referenced class names as plain UTF-8 in their constant pool. */
    private static String text(ZipFile war, ZipEntry entry) throws IOException {
        try (InputStream in = war.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
