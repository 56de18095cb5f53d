package dev.luccaokta.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A class that talks HTTP to the {@link SharedServer}: it runs alone on it, after a reset, while the classes that
 * boot servers of their own ({@link OwnServers}) may run beside it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(SharedServer.class)
@ResourceLock(SharedServer.LOCK)
public @interface SharedServerTest {
}
