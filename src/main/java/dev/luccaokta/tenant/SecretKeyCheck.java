package dev.luccaokta.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

/** Fails the deployment at once when no key can seal stored secrets, rather than at the first tenant saved. */
@ApplicationScoped
public class SecretKeyCheck {

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        SecretKeys.box();
    }
}
