package dev.luccaokta.sandbox.webhooks;

import dev.luccaokta.sandbox.data.InvalidDataException;
import dev.luccaokta.sandbox.data.Organization;
import dev.luccaokta.sandbox.json.JsonValues;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The writable fields of a webhook endpoint as a client sent them (POST or PATCH), checked as Lucca would: a
 * non-blank {@code name}, an {@code apiVersion} date no earlier than 2024-11-01, an absolute https
 * {@code webhookUrl}, known {@code topics}, known {@code businessEstablishments}. A null field was not sent.
 *
 * <pre>{@code
 * EndpointInput input = EndpointInput.parse(body, true, settings.allowPlainHttp(), organization);
 * }</pre>
 *
 * @param status                the status asked for ({@code active} or {@code inactive}; {@code suspended} is
 *                              Lucca's to set)
 * @param establishmentsGiven   whether {@code businessEstablishments} was sent (its value may be null: all)
 */
public record EndpointInput(String name, String apiVersion, URI webhookUrl, List<String> topics, EndpointStatus status,
                            boolean establishmentsGiven, List<Integer> establishmentIds) {
    public static final String API_VERSION = "2024-11-01";
    private static final Set<String> FIELDS = Set.of("name", "apiVersion", "webhookUrl", "topics", "status",
            "businessEstablishments", "contentType");
    private static final int MAX_NAME = 255;
    private static final int MAX_URL = 2000;

    /**
     * @param creating whether every required field must be present (POST), rather than any of them (PATCH)
     * @throws InvalidDataException naming the first field that is missing or not acceptable
     */
    public static EndpointInput parse(JsonObject body, boolean creating, boolean allowPlainHttp,
                                      Organization organization) {
        body.keySet().stream().filter(field -> !FIELDS.contains(field)).findFirst().ifPresent(field -> {
            throw new InvalidDataException("Unknown or read-only field '" + field + "'; writable: " + FIELDS);
        });
        if (creating) {
            List.of("name", "apiVersion", "webhookUrl", "topics").stream().filter(field -> isAbsent(body, field))
                    .findFirst().ifPresent(field -> {
                        throw new InvalidDataException("The " + field + " field is required.");
                    });
        }
        String contentType = JsonValues.optionalString(body, "contentType");
        if (contentType != null && !contentType.equals("default")) {
            throw new InvalidDataException("contentType must be 'default': the sandbox does not send CloudEvents");
        }
        return new EndpointInput(name(JsonValues.optionalString(body, "name")), apiVersion(JsonValues.optionalString(body, "apiVersion")),
                url(JsonValues.optionalString(body, "webhookUrl"), allowPlainHttp), topics(body), status(JsonValues.optionalString(body, "status")),
                body.containsKey("businessEstablishments"), establishments(body, organization));
    }

    private static boolean isAbsent(JsonObject body, String field) {
        return !body.containsKey(field) || body.isNull(field);
    }

    private static String name(String name) {
        if (name != null && (name.isBlank() || name.length() > MAX_NAME)) {
            throw new InvalidDataException("name must be 1 to " + MAX_NAME + " characters, not blank");
        }
        return name == null ? null : name.strip();
    }

    /** Any date from the first version on means the first (and only) version, as Lucca resolves dates. */
    private static String apiVersion(String version) {
        if (version == null) {
            return null;
        }
        try {
            if (version.length() == 10 && !LocalDate.parse(version).isBefore(LocalDate.parse(API_VERSION))) {
                return API_VERSION;
            }
        } catch (DateTimeParseException e) {
            // Refused below, with the same message as a date that is too early.
        }
        throw new InvalidDataException("apiVersion must be a date from " + API_VERSION + " on, not '" + version + "'");
    }

    static URI url(String text, boolean allowPlainHttp) {
        if (text == null) {
            return null;
        }
        URI url;
        try {
            url = new URI(text);
        } catch (URISyntaxException e) {
            throw new InvalidDataException("webhookUrl is not a valid URL: '" + text + "'");
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        boolean allowed = scheme.equals("https") || allowPlainHttp && scheme.equals("http");
        if (!allowed || url.getHost() == null || url.getRawUserInfo() != null || url.getRawFragment() != null
                || text.length() > MAX_URL) {
            throw new InvalidDataException("webhookUrl must be an absolute " + (allowPlainHttp ? "http(s)" : "https")
                    + " URL with a host, no credentials and no fragment, up to " + MAX_URL + " characters: '"
                    + text + "'");
        }
        return url;
    }

    private static List<String> topics(JsonObject body) {
        JsonValue value = body.get("topics");
        if (value == null) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY || value.asJsonArray().isEmpty()) {
            throw new InvalidDataException("topics must be a non-empty array of topics such as employee.updated");
        }
        Set<String> topics = new LinkedHashSet<>();
        for (JsonValue topic : value.asJsonArray()) {
            if (!(topic instanceof JsonString string) || !Topics.ALL.contains(string.getString())) {
                throw new InvalidDataException("Unknown topic " + topic + "; topics are <resource>.<created|updated|"
                        + "deleted> for employee, employment, job-position, department, business-establishment "
                        + "and legal-entity");
            }
            topics.add(string.getString());
        }
        return List.copyOf(topics);
    }

    private static EndpointStatus status(String status) {
        if (status == null) {
            return null;
        }
        EndpointStatus asked = EndpointStatus.fromCode(status).orElse(EndpointStatus.SUSPENDED);
        if (asked == EndpointStatus.SUSPENDED) {
            throw new InvalidDataException("status must be active or inactive, not '" + status + "'");
        }
        return asked;
    }

    /** {@code [{"id": "1"}, ...]} (ids as strings or numbers), or null for every establishment. */
    private static List<Integer> establishments(JsonObject body, Organization organization) {
        JsonValue value = body.get("businessEstablishments");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        String rule = "businessEstablishments must be null or a non-empty array of {\"id\": ...} of known "
                + "business establishments";
        if (value.getValueType() != JsonValue.ValueType.ARRAY || value.asJsonArray().isEmpty()) {
            throw new InvalidDataException(rule);
        }
        List<Integer> ids = new ArrayList<>();
        for (JsonValue item : value.asJsonArray()) {
            Integer id = item instanceof JsonObject ref ? establishmentId(ref.get("id")) : null;
            if (id == null || organization.establishment(id).isEmpty()) {
                throw new InvalidDataException(rule + ", not " + item);
            }
            ids.add(id);
        }
        return List.copyOf(new LinkedHashSet<>(ids));
    }

    private static Integer establishmentId(JsonValue id) {
        if (id instanceof JsonNumber number && number.isIntegral()) {
            return number.intValue();
        }
        if (id instanceof JsonString string && string.getString().matches("[0-9]{1,9}")) {
            return Integer.parseInt(string.getString());
        }
        return null;
    }
}
