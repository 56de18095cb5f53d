package dev.luccaokta.okta;

import java.util.List;

/**
 * Members of one group, by external ids (each at most 255 characters), as the bulk membership calls take them.
 *
 * <pre>{@code
 * OktaMembership rd = new OktaMembership("GRP-RD", List.of("LUCCA-4711", "LUCCA-4712"));
 * }</pre>
 */
public record OktaMembership(String groupExternalId, List<String> memberExternalIds) {

    public OktaMembership {
        OktaProfile.checkExternalId(groupExternalId, OktaGroup.MAX_ID);
        memberExternalIds = List.copyOf(memberExternalIds);
        if (memberExternalIds.isEmpty()) {
            throw new IllegalArgumentException("A membership of group " + groupExternalId + " names a member");
        }
        memberExternalIds.forEach(id -> OktaProfile.checkExternalId(id, OktaGroup.MAX_ID));
    }
}
