package dev.luccaokta.lucca;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A webhook endpoint declared on a tenant's Lucca: where Lucca sends the events of which topics, and whether it
 * does ({@code status} as Lucca says it: {@code active}, {@code suspended} after too many failed deliveries, or
 * {@code inactive}).
 *
 * <pre>{@code
 * boolean delivering = LuccaWebhookEndpoint.ACTIVE.equals(endpoint.status());
 * }</pre>
 */
public record LuccaWebhookEndpoint(String id, String name, URI webhookUrl, List<String> topics, String status) {

    public static final String ACTIVE = "active";
    public static final String SUSPENDED = "suspended";
    public static final String INACTIVE = "inactive";

    private static final Set<String> STATUSES = Set.of(ACTIVE, SUSPENDED, INACTIVE);
    /** What an endpoint id may be: it goes into a URL path. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public LuccaWebhookEndpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(webhookUrl, "webhookUrl");
        Objects.requireNonNull(status, "status");
        topics = List.copyOf(topics);
    }

    /** Whether a status is one Lucca gives an endpoint. */
    public static boolean isStatus(String status) {
        return STATUSES.contains(status);
    }

    /**
     * The id, when it is one the connector puts in a URL path.
     *
     * @throws IllegalArgumentException otherwise
     */
    static String checkedId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("A webhook endpoint id is 1 to 64 letters, digits, '_' or '-'");
        }
        return id;
    }

    /** An endpoint as Lucca describes it; anything malformed is a {@link LuccaUnusableAnswerException}. */
    static LuccaWebhookEndpoint of(JsonObject endpoint) {
        String id = LuccaApiJson.text(endpoint, "id").filter(text -> ID.matcher(text).matches())
                .orElseThrow(() -> new LuccaUnusableAnswerException("a webhook endpoint without a usable id"));
        String status = LuccaApiJson.text(endpoint, "status").filter(STATUSES::contains)
                .orElseThrow(() -> new LuccaUnusableAnswerException("webhook endpoint " + id + " without a known status"));
        List<String> topics = LuccaApiJson.array(endpoint, "topics")
                .orElseThrow(() -> new LuccaUnusableAnswerException("webhook endpoint " + id + " without topics")).stream()
                .map(topic -> {
                    if (topic instanceof JsonString text) {
                        return text.getString();
                    }
                    throw new LuccaUnusableAnswerException("webhook endpoint " + id + " with a topic that is not text");
                }).toList();
        return new LuccaWebhookEndpoint(id, LuccaApiJson.text(endpoint, "name").orElse(""),
                webhookUrl(endpoint, id), topics, status);
    }

    private static URI webhookUrl(JsonObject endpoint, String id) {
        String url = LuccaApiJson.text(endpoint, "webhookUrl")
                .orElseThrow(() -> new LuccaUnusableAnswerException("webhook endpoint " + id + " without its webhookUrl"));
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new LuccaUnusableAnswerException("webhook endpoint " + id + " with a webhookUrl that is not a URL");
        }
        if (!uri.isAbsolute()) {
            throw new LuccaUnusableAnswerException("webhook endpoint " + id + " with a relative webhookUrl");
        }
        return uri;
    }
}
