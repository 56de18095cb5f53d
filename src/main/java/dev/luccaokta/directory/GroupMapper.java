package dev.luccaokta.directory;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luccaokta.lucca.LuccaDirectoryData;
import dev.luccaokta.lucca.LuccaUser;
import dev.luccaokta.tenant.GroupType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the SCIM Groups of a tenant's enabled group types from Lucca's organisation: departments,
 * establishments, legal units and countries, each with the listed users attached to it directly. Archived
 * establishments and inactive departments appear only while someone still belongs to them.
 */
final class GroupMapper {

    private record Group(String id, String name, boolean onlyIfMembers, List<LuccaUser> members) {
    }

    private final LuccaDirectoryData data;
    private final OrgStructure org;
    private final Set<GroupType> enabled;

    GroupMapper(LuccaDirectoryData data, OrgStructure org, Set<GroupType> enabled) {
        this.data = data;
        this.org = org;
        this.enabled = enabled;
    }

    /** The groups, in a stable order (type, then Lucca order), with the given users as potential members. */
    List<ObjectNode> map(List<LuccaUser> listedUsers) {
        List<ObjectNode> groups = new ArrayList<>();
        for (GroupType type : GroupType.values()) {
            if (enabled.contains(type)) {
                Map<String, Group> ofType = groupsOf(type);
                for (LuccaUser user : listedUsers) {
                    membership(type, user).map(ofType::get).ifPresent(group -> group.members().add(user));
                }
                write(type, ofType, groups);
            }
        }
        return groups;
    }

    private Map<String, Group> groupsOf(GroupType type) {
        Map<String, Group> groups = new LinkedHashMap<>();
        switch (type) {
            case LUCCA_DEPT -> data.departments().forEach(d -> add(groups, Long.toString(d.id()), d.name(),
                    Boolean.FALSE.equals(d.isActive())));
            case LUCCA_ETS -> data.establishments().forEach(e -> add(groups, Long.toString(e.id()), e.name(),
                    Boolean.TRUE.equals(e.isArchived())));
            case LUCCA_LU -> data.legalUnits().forEach(u -> add(groups, Long.toString(u.id()), u.name(), false));
            case LUCCA_COUNTRY -> data.legalUnits().forEach(u -> org.country(u).filter(c -> c.code() != null)
                    .ifPresent(c -> add(groups, c.code(), c.name(), false)));
        }
        return groups;
    }

    private Optional<String> membership(GroupType type, LuccaUser user) {
        return switch (type) {
            case LUCCA_DEPT -> refId(user.department() == null ? null : user.department().id());
            case LUCCA_ETS -> refId(user.legalEntity() == null ? null : user.legalEntity().id());
            case LUCCA_LU -> org.legalUnitOf(user).map(OrgStructure.Unit::id);
            case LUCCA_COUNTRY -> org.countryOf(user).map(OrgStructure.Unit::id);
        };
    }

    private static void add(Map<String, Group> groups, String id, String name, boolean onlyIfMembers) {
        groups.putIfAbsent(id, new Group(id, name, onlyIfMembers, new ArrayList<>()));
    }

    private static void write(GroupType type, Map<String, Group> groups, List<ObjectNode> out) {
        for (Group group : groups.values()) {
            if (group.onlyIfMembers() && group.members().isEmpty()) {
                continue;
            }
            ObjectNode node = ScimNodeFactory.object();
            node.putArray("schemas").add(ScimNames.GROUP_SCHEMA);
            node.put("id", type.name() + "_" + group.id());
            node.put("displayName", group.name());
            addMembers(node.putArray("members"), group.members());
            node.putObject("meta").put("resourceType", ScimNames.GROUP);
            out.add(node);
        }
    }

    /** Each member as a group lists them: Lucca id, display name, reference. */
    static void addMembers(ArrayNode members, List<LuccaUser> people) {
        for (LuccaUser member : people) {
            members.addObject()
                    .put("value", Long.toString(member.id()))
                    .put("display", UserMapper.displayName(member))
                    .put("$ref", ScimNames.USERS_PATH + member.id());
        }
    }

    private static Optional<String> refId(Long id) {
        return Optional.ofNullable(id).map(Object::toString);
    }
}
