package dev.luccaokta.events;

import dev.luccaokta.web.JaxRsClasses;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** Lucca's side door: {@code https://host/lucca-okta/events/lucca/<tenant id>}, for Lucca's webhook calls only. */
@ApplicationPath("/events")
public class LuccaEventsApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return JaxRsClasses.of(this);
    }
}
