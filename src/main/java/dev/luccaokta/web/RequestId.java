package dev.luccaokta.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
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
            value = given != null && PLAIN.matcher(given).matches() ? given : UUID.randomUUID().toString();
        }
        return value;
    }
}
