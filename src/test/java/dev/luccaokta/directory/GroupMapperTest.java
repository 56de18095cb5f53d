package dev.luccaokta.directory;

import static dev.luccaokta.directory.TestLucca.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luccaokta.lucca.LuccaDirectoryData;
import dev.luccaokta.lucca.LuccaUser;
import dev.luccaokta.tenant.GroupType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GroupMapperTest {

    private final List<LuccaUser> users = List.of(
            TestLucca.user(1, "Ada", "Lovelace", TODAY.minusYears(5), null),
            TestLucca.user(2, "Alan", "Turing", TODAY.minusYears(1), null));

    @Test
    void everyEnabledTypeGivesGroupsWithTheirDirectMembers() {
        Map<String, ObjectNode> groups = groups(EnumSet.allOf(GroupType.class));

        assertThat(groups.keySet()).containsExactly("LUCCA_DEPT_20", "LUCCA_DEPT_21", "LUCCA_ETS_11", "LUCCA_LU_31",
                "LUCCA_COUNTRY_FRA");
        assertThat(members(groups.get("LUCCA_DEPT_21"))).containsExactly("1", "2");
        assertThat(members(groups.get("LUCCA_DEPT_20"))).isEmpty();
        assertThat(members(groups.get("LUCCA_ETS_11"))).containsExactly("1", "2");
        assertThat(members(groups.get("LUCCA_LU_31"))).containsExactly("1", "2");
        assertThat(members(groups.get("LUCCA_COUNTRY_FRA"))).containsExactly("1", "2");
        assertThat(groups.get("LUCCA_COUNTRY_FRA").path("displayName").asText()).isEqualTo("France");
        assertThat(groups.get("LUCCA_DEPT_21").path("members").get(0).path("display").asText()).isEqualTo("Ada Lovelace");
        assertThat(groups.get("LUCCA_DEPT_21").path("members").get(0).path("$ref").asText()).isEqualTo("Users/1");
    }

    @Test
    void onlyEnabledTypesAppear() {
        assertThat(groups(EnumSet.of(GroupType.LUCCA_LU)).keySet()).containsExactly("LUCCA_LU_31");
        assertThat(groups(EnumSet.noneOf(GroupType.class))).isEmpty();
    }

    @Test
    void archivedEstablishmentsAndInactiveDepartmentsAppearOnlyWithMembers() {
        Set<String> ids = groups(EnumSet.allOf(GroupType.class)).keySet();

        assertThat(ids).doesNotContain("LUCCA_ETS_12", "LUCCA_DEPT_22");
    }

    private Map<String, ObjectNode> groups(Set<GroupType> types) {
        LuccaDirectoryData data = TestLucca.data(users);
        return new GroupMapper(data, new OrgStructure(data), types).map(users).stream()
                .collect(Collectors.toMap(g -> g.path("id").asText(), g -> g, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static List<String> members(JsonNode group) {
        List<String> values = new ArrayList<>();
        group.path("members").forEach(member -> values.add(member.path("value").asText()));
        return values;
    }
}
