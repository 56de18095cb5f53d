package dev.luccaokta.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/** Writes SCIM representations (Jackson trees) as {@code application/scim+json} or plain JSON. */
@Provider
@Produces({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
public class JsonNodeWriter implements MessageBodyWriter<JsonNode> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return JsonNode.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(JsonNode node, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        JSON.writeValue(out, node);
    }
}
