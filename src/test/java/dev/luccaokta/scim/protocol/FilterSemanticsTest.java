package dev.luccaokta.scim.protocol;

import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.ScimException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each operator and construct of RFC 7644 §3.4.2.2, on one fully populated user. */
class FilterSemanticsTest {

    private static final String EXT = TestUsers.ENTERPRISE + ":";

    @ParameterizedTest
    @ValueSource(strings = {
            "userName eq \"jane.doe@example.com\"",
            "USERNAME EQ \"JANE.DOE@EXAMPLE.COM\"",
            "urn:ietf:params:scim:schemas:core:2.0:User:userName eq \"jane.doe@example.com\"",
            "userName ne \"john@example.com\"",
            "name.familyName co \"O\"",
            "name.givenName sw \"ja\"",
            "Name.GivenName ew \"NE\"",
            "title pr",
            "emails pr",
            "emails.value eq \"JANE@home.org\"",
            "emails[type eq \"work\" and value co \"@example\"]",
            "emails[TYPE eq \"home\"] and not (emails[type eq \"home\" and primary eq true])",
            "phoneNumbers[type eq \"mobile\" and value sw \"+33\"]",
            "active eq true",
            "not (active eq false)",
            "meta.created eq \"2021-03-01T08:00:00Z\"",
            "meta.created gt \"2021-03-01T08:59:59+01:00\"",
            "meta.created lt \"2021-03-01T08:00:01Z\"",
            "meta.lastModified ge \"2024-05-02T10:15:30Z\"",
            "meta.lastModified le \"2024-05-02T12:15:30+02:00\"",
            EXT + "department eq \"sales\"",
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:user:DEPARTMENT eq \"Sales\"",
            EXT + "manager.value eq \"7\"",
            EXT + "dtContractStart ge \"2021-03-01\"",
            EXT + "dtContractStart lt \"2021-03-02\"",
            EXT + "e_bloodType eq \"o+\"",
            "(title eq \"CEO\" or title eq \"engineer\") and (active eq true)",
            "title eq \"CEO\" or (userName sw \"jane\" and not (displayName ew \"Smith\"))",
            "nickName eq null",
            "nickName ne \"x\"",
    })
    void matches(String filter) throws ScimException {
        assertThat(search(filter)).containsExactly("42");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "userName eq \"jane.doe@example.co\"",
            "userName ne \"JANE.DOE@example.com\"",
            "name.familyName co \"x\"",
            "name.givenName sw \"ane\"",
            "name.givenName ew \"Ja\"",
            "nickName pr",
            "nickName eq \"Jane\"",
            "emails[type eq \"home\" and value co \"@example\"]",
            "active eq false",
            "not (active eq true)",
            "meta.created gt \"2021-03-01T08:00:00Z\"",
            "meta.created lt \"2021-03-01T09:00:00+01:00\"",
            "department eq \"Sales\"",
            EXT + "dtContractStart gt \"2021-03-01\"",
            EXT + "manager.value eq \"8\"",
            "urn:ietf:params:scim:schemas:extension:other:2.0:User:department eq \"Sales\"",
            "title eq \"CEO\" and active eq true",
    })
    void doesNotMatch(String filter) throws ScimException {
        assertThat(search(filter)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"active gt true", "active le false"})
    void refusesToOrderBooleans(String filter) {
        assertThatThrownBy(() -> search(filter))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.getScimError().getStatus()).isEqualTo(400);
                    assertThat(e.getScimError().getScimType()).isEqualTo(BadRequestException.INVALID_FILTER);
                });
    }

    private static List<String> search(String filter) throws ScimException {
        ResourceIndex index = InMemoryResourceIndex.of(List.of(TestUsers.jane()));
        return TestUsers.ids(ResourceSearch.search(index, Requests.of("filter", filter)).resources());
    }
}
