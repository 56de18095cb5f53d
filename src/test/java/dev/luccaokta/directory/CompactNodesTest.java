package dev.luccaokta.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CompactNodesTest {

    private final List<ObjectNode> originals = IntStream.range(0, 50).mapToObj(CompactNodesTest::user).toList();

    @Test
    void everyRepresentationComesBackAsWritten() {
        CompactNodes compact = CompactNodes.of(originals);

        assertThat(compact).hasSize(50);
        for (int i = 0; i < originals.size(); i++) {
            assertThat(compact.get(i).toString()).isEqualTo(originals.get(i).toString());
        }
    }

    @Test
    void aListReadBackFromItsBytesIsTheSame() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CompactNodes.of(originals).writeTo(new DataOutputStream(bytes));

        CompactNodes read = CompactNodes.readFrom(BoundedInput.of(bytes.toByteArray()));

        assertThat(read).hasSize(50);
        assertThat(read.get(7).toString()).isEqualTo(originals.get(7).toString());
    }

    @Test
    void lengthsBeyondWhatTheBytesHoldFailBeforeAnythingIsAllocated() throws IOException {
        // A dictionary, a list or a representation announced at ~2 GB in an entry of a few bytes.
        assertThatThrownBy(() -> CompactNodes.readFrom(BoundedInput.of(ints(Integer.MAX_VALUE))))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> CompactNodes.readFrom(BoundedInput.of(ints(0, Integer.MAX_VALUE / 8))))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> CompactNodes.readFrom(BoundedInput.of(ints(0, 1, 0, Integer.MAX_VALUE))))
                .isInstanceOf(IOException.class).hasMessageContaining("not one this connector made");
        assertThatThrownBy(() -> CompactNodes.readFrom(BoundedInput.of(ints(-1)))).isInstanceOf(IOException.class);
    }

    private static byte[] ints(int... values) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (int value : values) {
                out.writeInt(value);
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void decodedNodesLookUpAttributesIgnoringCaseAndBelongToTheCaller() {
        CompactNodes compact = CompactNodes.of(originals);

        ObjectNode first = compact.get(3);
        first.put("userName", "changed");

        assertThat(first.path("USERNAME").asText()).isEqualTo("changed");
        assertThat(compact.get(3).path("userName").asText()).isEqualTo("user.3");
    }

    @Test
    void storesFarLessThanTheJsonText() {
        CompactNodes compact = CompactNodes.of(originals);
        int json = originals.stream().mapToInt(node -> node.toString().length()).sum();

        assertThat(compact.storedBytes()).isLessThan(json / 3);
    }

    @Test
    void anEmptyListStaysEmpty() {
        assertThat(CompactNodes.of(List.of())).isEmpty();
    }

    private static ObjectNode user(int i) {
        ObjectNode node = ScimNodeFactory.object();
        node.putArray("schemas").add(ScimNames.USER_SCHEMA).add(ScimNames.ENTERPRISE_SCHEMA);
        node.put("id", Integer.toString(i)).put("userName", "user." + i).put("active", i % 7 != 0);
        node.putObject("name").put("givenName", "Given" + i).put("familyName", "Family" + i);
        node.putArray("emails").addObject().put("value", "user." + i + "@acme.example").put("type", "work");
        node.putObject(ScimNames.ENTERPRISE_SCHEMA).put("department", "Department " + (i % 5)).put("dtContractStart", "2020-01-0" + (i % 9 + 1));
        return node;
    }
}
