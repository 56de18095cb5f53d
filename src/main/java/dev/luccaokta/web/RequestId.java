package dev.luccaokta.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The id that ties a request to its answer's {@code X-Request-Id}, its audit row and its log lines: the caller's
 * {@code X-Request-Id} when it is a plain token (so Okta's and a load balancer's ids carry through), otherwise a
 * new one.
 *
 * <p>The id is kept as an attribute of the current request rather than in a request-scoped bean: Payara spends more
 * creating a bean for each request than a SCIM lookup spends on its index.
 */
@ApplicationScoped
public class RequestId {

    public static final String HEADER = "X-Request-Id";

    private static final String ATTRIBUTE = RequestId.class.getName();
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    /** The current request, whichever it is. */
    @Inject
    HttpServletRequest request;

    public String value() {
        if (request.getAttribute(ATTRIBUTE) instanceof String known) {
            return known;
        }
        String given = request.getHeader(HEADER);
        String id = given != null && PLAIN.matcher(given).matches() ? given : fresh();
        request.setAttribute(ATTRIBUTE, id);
        return id;
    }

    /**
     * A random id in the form of a UUID. It ties lines together and names nothing secret, so it needs no secure
     * random source, which costs every request a lock and more time than the rest of a lookup.
     */
    private static String fresh() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong() & ~0xF000L | 0x4000L, random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L)
                .toString();
    }
}
