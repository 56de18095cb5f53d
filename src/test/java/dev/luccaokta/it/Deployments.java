package dev.luccaokta.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The connector exactly as it ships, for Arquillian's in-container tests: the WAR the build produced, not an archive
 * assembled class by class. The sandbox WAR is deployed beside it by {@code arquillian.xml}.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive connector() {
        File war = new File(System.getProperty("project.build.directory", "target"), "lucca-okta.war");
        return ShrinkWrap.create(ZipImporter.class, "lucca-okta.war").importFrom(war).as(WebArchive.class);
    }
}
