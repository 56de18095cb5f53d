package dev.luccaokta.scim;

import jakarta.ws.rs.core.MediaType;

/** SCIM's own media type; plain JSON is accepted too. */
public final class ScimMediaType {

    public static final String SCIM_JSON = "application/scim+json";
    public static final MediaType SCIM_JSON_TYPE = MediaType.valueOf(SCIM_JSON);

    private ScimMediaType() {
    }
}
