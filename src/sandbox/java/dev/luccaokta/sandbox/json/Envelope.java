package dev.luccaokta.sandbox.json;

import dev.luccaokta.sandbox.data.LuccaDates;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.time.LocalDateTime;
import java.util.OptionalInt;

/**
 * Directory v3's response envelope: {@code {"header": {...}, "data": ...}}, where a collection's data is
 * {@code {"items": [...]}} plus {@code "count"} when the client asked for {@code collection.count}. The header says
 * when the response was generated, for whom (the API key's name) and to which request.
 */
public final class Envelope {
    private final JsonObject header;

    /**
     * @param principal the name of the API key the request authenticated with
     * @param request the method and path (with query) of the request
     */
    public Envelope(String principal, String request, LocalDateTime generated) {
        this.header = JsonValues.object()
                .add("generated", LuccaDates.format(generated))
                .add("principal", principal)
                .add("request", request)
                .build();
    }

    public JsonObject single(JsonValue data) {
        return JsonValues.object().add("header", header).add("data", data).build();
    }

    public JsonObject collection(JsonArrayBuilder items, OptionalInt count) {
        JsonObjectBuilder data = JsonValues.object().add("items", items);
        count.ifPresent(total -> data.add("count", total));
        return single(data.build());
    }
}
