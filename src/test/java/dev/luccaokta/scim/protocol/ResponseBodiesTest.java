package dev.luccaokta.scim.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.ResourceNotFoundException;
import com.unboundid.scim2.common.exceptions.ScimException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The JSON of list responses and errors. */
class ResponseBodiesTest {

    @Test
    void writesAListResponse() throws ScimException {
        ResourceIndex index = InMemoryResourceIndex.of(TestUsers.generate(5, 1));
        ListResult page = ResourceSearch.search(index, Requests.of("startIndex", "2", "count", "2",
                "attributes", "userName"));

        ObjectNode body = ListResponses.of(page);

        assertThat(body.get("schemas")).hasToString("[\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"]");
        assertThat(body.get("totalResults").intValue()).isEqualTo(5);
        assertThat(body.get("startIndex").intValue()).isEqualTo(2);
        assertThat(body.get("itemsPerPage").intValue()).isEqualTo(2);
        assertThat(body.get("Resources")).extracting(user -> user.get("id").asText()).containsExactly("u1", "u2");
        assertThat(body.get("Resources").get(0).has("userName")).isTrue();
    }

    @Test
    void writesTotalsOnlyForCountZero() throws ScimException {
        ListResult page = ResourceSearch.search(InMemoryResourceIndex.of(TestUsers.generate(5, 1)),
                Requests.of("count", "0"));

        assertThat(ListResponses.of(page)).hasToString("""
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],\
                "totalResults":5,"itemsPerPage":0,"startIndex":1,"Resources":[]}""");
    }

    @Test
    void refusesInconsistentPages() {
        assertThatThrownBy(() -> ListResult.of(1, 1, List.of(TestUsers.jane(), TestUsers.jane())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ListResult.of(1, 0, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesAnErrorFromAnException() {
        ObjectNode body = ScimErrors.of(BadRequestException.invalidFilter("Unexpected end of filter string"));

        assertThat(body).hasToString("""
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],\
                "status":"400","scimType":"invalidFilter","detail":"Unexpected end of filter string"}""");
        assertThat(ScimErrors.of(new ResourceNotFoundException("No user 42")).toString()).isEqualTo("""
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"status":"404","detail":"No user 42"}""");
    }

    @Test
    void writesAnErrorFromItsParts() {
        assertThat(ScimErrors.of(409, "uniqueness", "userName taken")).hasToString("""
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],\
                "status":"409","scimType":"uniqueness","detail":"userName taken"}""");
        assertThat(ScimErrors.of(500, null, "Lucca is unreachable").has("scimType")).isFalse();
    }
}
