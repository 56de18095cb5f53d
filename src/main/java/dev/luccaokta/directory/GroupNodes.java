package dev.luccaokta.directory;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luccaokta.lucca.LuccaUser;
import java.io.DataOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * A snapshot's groups, each kept as its representation without members and its members as positions among the
 * snapshot's users: a member costs four bytes rather than its JSON, and is rendered from the person the snapshot
 * lists at that position. A list of groups without their members never reads them.
 */
final class GroupNodes extends AbstractList<ObjectNode> implements RandomAccess {

    private static final String MEMBERS = "members";
    private static final byte[] MEMBERS_OPEN = ",\"members\":[".getBytes(StandardCharsets.UTF_8);
    private static final byte[] VALUE = "{\"value\":\"".getBytes(StandardCharsets.UTF_8);
    private static final byte[] DISPLAY = "\",\"display\":\"".getBytes(StandardCharsets.UTF_8);
    private static final byte[] REF = "\",\"$ref\":\"".getBytes(StandardCharsets.UTF_8);
    private static final byte[] USERS = ScimNames.USERS_PATH.getBytes(StandardCharsets.UTF_8);
    private static final byte[] MEMBER_CLOSE = "\"}".getBytes(StandardCharsets.UTF_8);

    private final CompactNodes heads;
    private final int[][] members;
    private final List<LuccaUser> people;

    private GroupNodes(CompactNodes heads, int[][] members, List<LuccaUser> people) {
        this.heads = heads;
        this.members = members;
        this.people = people;
    }

    /**
     * Groups as {@link GroupMapper} made them, versioned with their members.
     *
     * @param usersById each listed user's position by id
     * @param people    the listed users, by position
     */
    static GroupNodes of(List<ObjectNode> groups, Map<String, int[]> usersById, List<LuccaUser> people) {
        int[][] members = new int[groups.size()][];
        CompactNodes heads = CompactNodes.of(groups.stream().map(GroupNodes::head).toList());
        for (int g = 0; g < groups.size(); g++) {
            JsonNode listed = groups.get(g).path(MEMBERS);
            members[g] = new int[listed.size()];
            for (int m = 0; m < listed.size(); m++) {
                int[] position = usersById.get(listed.get(m).path("value").asText());
                if (position == null) {
                    throw new IllegalStateException("A group member is not among the listed users");
                }
                members[g][m] = position[0];
            }
        }
        return new GroupNodes(heads, members, people);
    }

    /** The group's attributes but its members, shared with it rather than copied (members can be thousands). */
    private static ObjectNode head(ObjectNode group) {
        ObjectNode head = group.objectNode();
        group.fields().forEachRemaining(field -> {
            if (!field.getKey().equals(MEMBERS)) {
                head.set(field.getKey(), field.getValue());
            }
        });
        return head;
    }

    /** The representations without their members, for indexing by id and name. */
    CompactNodes heads() {
        return heads;
    }

    @Override
    public ObjectNode get(int index) {
        ObjectNode head = heads.get(index);
        ObjectNode group = head.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = head.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equals("meta")) {
                GroupMapper.addMembers(group.putArray(MEMBERS), members(index));
            }
            group.set(field.getKey(), field.getValue());
        }
        return group;
    }

    /** One group as it goes out, its members last unless left out; {@code base} from {@link WireJson#base}. */
    void writeTo(int index, OutputStream out, byte[] base, boolean withMembers) throws IOException {
        if (!withMembers) {
            heads.writeTo(index, out, base);
            return;
        }
        heads.writeOpenTo(index, out, base);
        out.write(MEMBERS_OPEN);
        JsonStringEncoder encoder = JsonStringEncoder.getInstance();
        int[] positions = members[index];
        for (int m = 0; m < positions.length; m++) {
            LuccaUser person = people.get(positions[m]);
            byte[] id = Long.toString(person.id()).getBytes(StandardCharsets.US_ASCII);
            if (m > 0) {
                out.write(',');
            }
            out.write(VALUE);
            out.write(id);
            out.write(DISPLAY);
            out.write(encoder.quoteAsUTF8(UserMapper.displayName(person)));
            out.write(REF);
            out.write(base);
            out.write(USERS);
            out.write(id);
            out.write(MEMBER_CLOSE);
        }
        out.write(']');
        out.write('}');
    }

    /** Whether a group here and one of {@code other} are the same: their versions cover their members. */
    boolean sameAs(int index, GroupNodes other, int otherIndex) {
        return heads.sameAs(index, other.heads, otherIndex);
    }

    @Override
    public int size() {
        return members.length;
    }

    private List<LuccaUser> members(int index) {
        return Arrays.stream(members[index]).mapToObj(people::get).toList();
    }

    /** Writes the groups as they are stored, for another instance to {@link #readFrom}. */
    void writeTo(DataOutput out) throws IOException {
        heads.writeTo(out);
        for (int[] positions : members) {
            out.writeInt(positions.length);
            for (int position : positions) {
                out.writeInt(position);
            }
        }
    }

    /**
     * @param people the listed users the groups were written with
     * @throws IOException when a length does not fit the input, or a member is not among {@code people}
     */
    static GroupNodes readFrom(BoundedInput in, List<LuccaUser> people) throws IOException {
        CompactNodes heads = CompactNodes.readFrom(in);
        int[][] members = new int[heads.size()][];
        for (int g = 0; g < members.length; g++) {
            members[g] = new int[in.readLength(Integer.BYTES)];
            for (int m = 0; m < members[g].length; m++) {
                members[g][m] = in.readInt();
                if (members[g][m] < 0 || members[g][m] >= people.size()) {
                    throw new IOException("A group member at " + members[g][m] + " is not among " + people.size() + " people");
                }
            }
        }
        return new GroupNodes(heads, members, people);
    }
}
