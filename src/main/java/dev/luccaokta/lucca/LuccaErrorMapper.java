package dev.luccaokta.lucca;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Duration;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns Lucca's error answers into {@link LuccaErrorStatusException}s carrying Lucca's message, and its redirects
 * too: they are not followed (a Lucca URL leads nowhere else), so they are an answer the connector cannot use.
 */
public class LuccaErrorMapper implements ResponseExceptionMapper<LuccaErrorStatusException> {

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 300;
    }

    @Override
    public LuccaErrorStatusException toThrowable(Response response) {
        String body = null;
        if (response.getStatus() >= 400 && response.hasEntity()) {
            response.bufferEntity();
            body = response.readEntity(String.class);
        }
        return error(response.getStatus(), body, response.getHeaderString(HttpHeaders.RETRY_AFTER));
    }

    /**
     * Lucca's error answer as an exception, however it was received.
     *
     * @param body       the answer's body, null when it had none
     * @param retryAfter the {@code Retry-After} header, null when absent
     */
    static LuccaErrorStatusException error(int status, String body, String retryAfter) {
        if (status < 400) {
            return new LuccaErrorStatusException(status, "a redirect, which the connector does not follow", null);
        }
        return new LuccaErrorStatusException(status, body == null ? null : messageOf(body), retryAfter(retryAfter));
    }

    /** Lucca sends {@code Retry-After} in seconds; a date or garbage is treated as absent. */
    private static Duration retryAfter(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String messageOf(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonObject error = reader.readObject();
            // The legacy API says {"Status", "Message"}; the current one answers problem details.
            return error.getString("Message", error.getString("detail", null));
        } catch (JsonException | ClassCastException e) {
            // Not Lucca's error shape: a proxy's page, which may echo the request's headers (the key), so none of it.
            return "an answer that is not Lucca's (" + body.length() + " characters, not JSON)";
        }
    }
}
