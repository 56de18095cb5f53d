package dev.luccaokta.directory;

import dev.luccaokta.tenant.ChangeKind;
import java.util.List;

/**
 * One person or group a publication changed for Okta.
 *
 * @param resourceType   {@code User} or {@code Group}
 * @param attributes     the attributes that changed (an enterprise-extension one as {@code urn:...:User:department}),
 *                       empty for an addition or a removal
 * @param membersAdded   for a group change, the ids of the members added; null otherwise
 * @param membersRemoved for a group change, the ids of the members removed; null otherwise
 */
record ChangedResource(ChangeKind kind, String resourceType, String id, String name, List<String> attributes,
                       List<String> membersAdded, List<String> membersRemoved) {

    static ChangedResource user(ChangeKind kind, String id, String name, List<String> attributes) {
        return new ChangedResource(kind, ScimNames.USER, id, name, attributes, null, null);
    }

    static ChangedResource group(ChangeKind kind, String id, String name) {
        return new ChangedResource(kind, ScimNames.GROUP, id, name, List.of(), null, null);
    }
}
