package dev.luccaokta.lucca;

import java.util.List;

/** The API key a call was made with, as {@code /api/v3/apikeys/current} describes it: its name and permission codes. */
public record LuccaApiKey(Long id, String name, List<String> permissions) {

    public List<String> permissions() {
        return permissions == null ? List.of() : permissions;
    }
}
