package dev.luccaokta.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A class that boots servers of its own (restarts, clusters, a deployment of its own): such classes run one at a
 * time, as they share ports and the PostgreSQL database, beside the classes on the {@link SharedServer}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ResourceLock(OwnServers.LOCK)
public @interface OwnServers {

    String LOCK = "servers-of-their-own";
}
