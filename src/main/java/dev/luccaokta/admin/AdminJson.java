package dev.luccaokta.admin;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.time.OffsetDateTime;

/**
 * The administration API's JSON-B: its defaults, except that a time with an offset is written as Java writes it
 * ({@code 2026-12-07T09:30:15.250Z}), as the API always wrote its times: clients that compare them as text, or with
 * the change log's CSV, see no difference. JSON-B's own format would pad or trim the fraction of a second.
 */
@Provider
public class AdminJson implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withSerializers(new Time()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    private static final class Time implements JsonbSerializer<OffsetDateTime> {

        @Override
        public void serialize(OffsetDateTime time, JsonGenerator generator, SerializationContext context) {
            generator.write(time.toString());
        }
    }
}
