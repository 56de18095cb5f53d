package dev.luccaokta.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The id that ties a request to its answer's {@code X-Request-Id}, its audit row and its log lines: the caller's
 * {@code X-Request-Id} when it is a plain token (so Okta's and a load balancer's ids carry through), otherwise a
 * new one.
 */
@RequestScoped
public class RequestId {

    public static final String HEADER = "X-Request-Id";

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @Inject
    HttpServletRequest request;

    private String value;

    public String value() {
        if (value == null) {
            String given = request.getHeader(HEADER);
            value = given != null && PLAIN.matcher(given).matches() ? given : fresh();
        }
        return value;
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
