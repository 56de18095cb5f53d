package dev.luccaokta.lucca;

import java.util.List;

/** A Lucca role and the permission codes it grants ({@code okta.administer}, ...). */
public record LuccaRole(long id, String name, List<String> permissions) {

    public List<String> permissions() {
        return permissions == null ? List.of() : permissions;
    }
}
