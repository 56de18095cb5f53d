package dev.luccaokta.sandbox.webhooks;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The topics an endpoint may subscribe to: {@code <resource>.<created|updated|deleted>} for the directory's
 * resources. Lucca's schema also names {@code confirmation}, an event's topic rather than one to subscribe to; the
 * sandbox never sends it and refuses it in a subscription.
 */
public final class Topics {
    public static final Set<String> ALL = Stream.of("employee", "employment", "job-position", "department",
                    "business-establishment", "legal-entity")
            .flatMap(resource -> Stream.of("created", "updated", "deleted").map(verb -> resource + "." + verb))
            .collect(Collectors.toUnmodifiableSet());

    private Topics() {
    }
}
