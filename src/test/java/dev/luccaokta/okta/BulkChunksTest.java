package dev.luccaokta.okta;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Changes cut into what Okta's sessions take: 200 users and 200 KB a request, 50 requests a session, no user twice. */
class BulkChunksTest {

    @Test
    void exactly200UsersFitOneRequestAnd201TakeTwo() {
        assertThat(BulkChunks.plan(upserts(200, 0)).sessions()).singleElement()
                .satisfies(session -> assertThat(session).singleElement().extracting(BulkChunksTest::size).isEqualTo(200));

        List<BulkRequest> requests = BulkChunks.plan(upserts(201, 0)).sessions().get(0);
        assertThat(requests).extracting(BulkChunksTest::size).containsExactly(200, 1);
    }

    @Test
    void aRequestStopsAtTheByteLimitToTheByte() {
        // Profiles padded so that fewer than 200 make 200,000 bytes: the limit, not the count, cuts.
        List<UserChange> changes = upserts(120, 2_000);

        List<BulkRequest> requests = BulkChunks.plan(changes).sessions().get(0);

        assertThat(requests).hasSizeGreaterThan(1);
        for (BulkRequest request : requests) {
            assertThat(json(request)).isLessThanOrEqualTo(BulkChunks.MAX_REQUEST_BYTES);
        }
        BulkRequest.UpsertUsers first = (BulkRequest.UpsertUsers) requests.get(0);
        BulkRequest.UpsertUsers second = (BulkRequest.UpsertUsers) requests.get(1);
        List<OktaProfile> onePlus = new ArrayList<>(first.profiles());
        onePlus.add(second.profiles().get(0));
        assertThat(BulkChunks.bytes(OktaBodies.UsersUpsert.of(onePlus))).as("the first request with one more user")
                .isGreaterThan(BulkChunks.MAX_REQUEST_BYTES);
        assertThat(requests.stream().mapToInt(BulkChunksTest::size).sum()).isEqualTo(120);
    }

    @Test
    void aRequestOfExactlyTheLimitIsKept() {
        OktaProfile small = profile(0, 0);
        int empty = BulkChunks.bytes(OktaBodies.UsersUpsert.of(List.of()));
        int one = BulkChunks.bytes(OktaBodies.UsersUpsert.of(List.of(small)));
        // One user padded so that it alone makes the request exactly 200,000 bytes.
        int padding = BulkChunks.MAX_REQUEST_BYTES - one;
        OktaProfile exact = new OktaProfile("LUCCA-0", withPadding(small.attributes(), padding - "\"pad\":\"\",".length()));

        assertThat(BulkChunks.bytes(OktaBodies.UsersUpsert.of(List.of(exact)))).isEqualTo(BulkChunks.MAX_REQUEST_BYTES);
        assertThat(empty).isPositive();
        BulkChunks.Plan plan = BulkChunks.plan(List.of(new UserChange.Upsert(exact), new UserChange.Upsert(profile(1, 0))));
        assertThat(plan.tooLarge()).isEmpty();
        assertThat(plan.sessions().get(0)).extracting(BulkChunksTest::size).containsExactly(1, 1);

        OktaProfile over = new OktaProfile("LUCCA-0", withPadding(small.attributes(), padding - "\"pad\":\"\",".length() + 1));
        assertThat(BulkChunks.plan(List.of(new UserChange.Upsert(over))).tooLarge()).containsExactly("LUCCA-0");
    }

    @Test
    void fiftyRequestsMakeASessionAndTheNextGoesToAnother() {
        BulkChunks.Plan plan = BulkChunks.plan(upserts(200 * 50 + 1, 0));

        assertThat(plan.sessions()).hasSize(2);
        assertThat(plan.sessions().get(0)).hasSize(50).allSatisfy(request -> assertThat(size(request)).isEqualTo(200));
        assertThat(plan.sessions().get(1)).extracting(BulkChunksTest::size).containsExactly(1);
    }

    @Test
    void aUserChangedTwiceIsSentOnceWithItsLastChange() {
        OktaProfile before = profile(7, 0);
        OktaProfile after = new OktaProfile("LUCCA-7", Map.of("userName", "u7@acme.fr", "email", "new7@acme.fr"));
        List<UserChange> changes = List.of(new UserChange.Upsert(before), new UserChange.Upsert(profile(8, 0)),
                new UserChange.Delete("LUCCA-8"), new UserChange.Upsert(after), new UserChange.Delete("LUCCA-9"),
                new UserChange.Upsert(profile(9, 0)));

        List<BulkRequest> session = BulkChunks.plan(changes).sessions().get(0);

        assertThat(session).containsExactly(new BulkRequest.UpsertUsers(List.of(after, profile(9, 0))),
                new BulkRequest.DeleteUsers(List.of("LUCCA-8")));
    }

    @Test
    void deletesAreCutLikeUpsertsAndNothingMakesNoSession() {
        List<UserChange> deletes = IntStream.range(0, 450).<UserChange>mapToObj(i -> new UserChange.Delete("LUCCA-" + i))
                .toList();

        assertThat(BulkChunks.plan(deletes).sessions().get(0)).extracting(BulkChunksTest::size).containsExactly(200, 200, 50);
        assertThat(BulkChunks.plan(List.of()).sessions()).isEmpty();
    }

    private static int size(BulkRequest request) {
        return request instanceof BulkRequest.UpsertUsers upsert ? upsert.profiles().size()
                : ((BulkRequest.DeleteUsers) request).externalIds().size();
    }

    private static int json(BulkRequest request) {
        Object body = request instanceof BulkRequest.UpsertUsers upsert ? OktaBodies.UsersUpsert.of(upsert.profiles())
                : OktaBodies.UsersDelete.of(((BulkRequest.DeleteUsers) request).externalIds());
        return OktaJson.write(body).getBytes(StandardCharsets.UTF_8).length;
    }

    private static List<UserChange> upserts(int count, int padding) {
        return IntStream.range(0, count).<UserChange>mapToObj(i -> new UserChange.Upsert(profile(i, padding))).toList();
    }

    private static OktaProfile profile(int i, int padding) {
        Map<String, String> attributes = Map.of("userName", "u" + i + "@acme.fr", "email", "u" + i + "@acme.fr");
        return new OktaProfile("LUCCA-" + i, padding == 0 ? attributes : withPadding(attributes, padding));
    }

    private static Map<String, String> withPadding(Map<String, String> attributes, int length) {
        Map<String, String> padded = new java.util.LinkedHashMap<>(attributes);
        padded.put("pad", "é".repeat(length / 2) + "x".repeat(length % 2));
        return padded;
    }
}
