package dev.luccaokta.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The clock that decides "today" for contract dates and the age of snapshots: the server's zone. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
