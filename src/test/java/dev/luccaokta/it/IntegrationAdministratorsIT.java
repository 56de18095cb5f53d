package dev.luccaokta.it;

import static dev.luccaokta.it.Admin.tenants;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who administers an integration cannot be changed from Okta: the exploit of moving a professional mail through a
 * write-back tenant's SCIM token (so that an account without "Administer OKTA synchronization" is found as someone
 * who has it) fails, because Okta writes login and mail only when the tenant opts in, and because an account, once
 * confirmed by mail on a tenant, is bound to that Lucca user's id. Clément holds the permission in the sandbox,
 * Manon does not. Each tenant reads Lucca with a key of its own, so that no remembered answer of Lucca's serves it.
 */
@SharedServerTest
class IntegrationAdministratorsIT {

    private static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    private static final String MOVED = "manon.moved@sandbox-industries.example";
    private static final String[] PAUL = Admin.operator();
    private static final String[] MANON = Admin.as(Admin.MANON, Admin.MANON_PASSWORD);
    private static final String[] CLEMENT = Admin.as(Admin.CLEMENT, Admin.CLEMENT_PASSWORD);

    @BeforeEach
    @AfterEach
    void resetSandbox() {
        // Back to everyone's own mail, for this class's next test and the classes after it.
        Sandbox.reset();
    }

    @Test
    void movingMailsThroughOktaCannotMakeSomeoneAnAdministratorWhenTheTenantDidNotOptIn() {
        String target = Admin.createTenant(readKey()).getString("id");
        Writer writer = writeBackTenant(false);

        Http.Answer awayFromManon = patchMail(writer, luccaId(Admin.MANON), MOVED);
        Http.Answer toClement = patchMail(writer, luccaId(Admin.CLEMENT), Admin.MANON);

        assertThat(awayFromManon.status()).as(awayFromManon.body()).isEqualTo(400);
        assertThat(awayFromManon.json().getString("scimType")).isEqualTo("mutability");
        assertThat(awayFromManon.json().getString("detail")).contains("loginMailWriteBack");
        assertThat(toClement.status()).as(toClement.body()).isEqualTo(400);
        assertThat(luccaMail(luccaId(Admin.CLEMENT))).isEqualTo(Admin.CLEMENT);
        assertThat(luccaMail(luccaId(Admin.MANON))).isEqualTo(Admin.MANON);
        Http.Answer manon = Http.get(tenants() + "/" + target, MANON);
        assertThat(manon.status()).as(manon.body()).isEqualTo(403);
    }

    @Test
    void anAccountConfirmedOnceIsVouchedForByItsLuccaUserAloneWhateverMailsOktaMoves() {
        String target = Admin.createTenant(readKey()).getString("id");
        assertThat(Http.get(tenants() + "/" + target, MANON).status()).isEqualTo(403);
        assertThat(Http.get(tenants() + "/" + target, CLEMENT).status()).isEqualTo(200);
        Writer writer = writeBackTenant(true);
        long clement = luccaId(Admin.CLEMENT);

        // The exploit: Manon's mail leaves her and goes to Clément, who holds "Administer OKTA synchronization".
        assertThat(patchMail(writer, luccaId(Admin.MANON), MOVED).status()).isEqualTo(200);
        assertThat(patchMail(writer, clement, Admin.MANON).status()).isEqualTo(200);
        assertThat(luccaIds(Admin.MANON)).as("Lucca now gives Manon's mail to Clément").containsExactly(clement);
        rekey(target);

        Http.Answer manon = Http.get(tenants() + "/" + target, MANON);
        Http.Answer formerlyClement = Http.get(tenants() + "/" + target, CLEMENT);

        assertThat(manon.status()).as(manon.body()).isEqualTo(403);
        assertThat(manon.json().getString("detail")).contains("no longer has the mail");
        assertThat(formerlyClement.status()).as(formerlyClement.body()).isEqualTo(403);
    }

    @Test
    void anOperatorReleasesABindingOnceLuccaGivesThePersonAnotherUser() {
        String target = Admin.createTenant(readKey()).getString("id");
        assertThat(Http.get(tenants() + "/" + target, CLEMENT).status()).isEqualTo(200);
        long paul = luccaId(Admin.PAUL);
        // In Lucca itself, not from Okta: Clément's mail moves to another user (Paul's, who also holds the permission).
        changeMailInLucca(luccaId(Admin.CLEMENT), "clement.former@sandbox-industries.example");
        changeMailInLucca(paul, Admin.CLEMENT);
        rekey(target);
        Http.Answer refused = Http.get(tenants() + "/" + target, CLEMENT);
        String release = tenants() + "/" + target + "/administrators?mail=" + Admin.CLEMENT;

        Http.Answer byHimself = Http.delete(release, Admin.withCsrf(CLEMENT));
        Http.Answer released = Http.delete(release, PAUL);
        Http.Answer confirmedAgain = Http.get(tenants() + "/" + target, CLEMENT);
        Http.Answer neverBound = Http.delete(tenants() + "/" + target + "/administrators?mail=" + Admin.MANON, PAUL);

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.json().getString("detail")).contains("an operator can release");
        assertThat(byHimself.status()).as(byHimself.body()).isEqualTo(403);
        assertThat(released.status()).as(released.body()).isEqualTo(204);
        assertThat(confirmedAgain.status()).as(confirmedAgain.body()).isEqualTo(200);
        assertThat(neverBound.status()).as(neverBound.body()).isEqualTo(404);
    }

    @Test
    void withoutTheOptInAPutKeepsLoginAndMailInLuccaAndTheAuditSaysWhy() {
        Writer writer = writeBackTenant(false);
        long id = luccaId(Admin.MANON);
        JsonObject before = luccaUser(id);

        JsonObject user = scimUser(writer, id);

        Http.Answer answer = Http.send("PUT", Scim.baseUrl() + "/Users/" + id,
                Json.createObjectBuilder(user).add("userName", "manon.moved")
                        .add("name", Json.createObjectBuilder(user.getJsonObject("name")).add("givenName", "Manoé"))
                        .add("emails", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("value", MOVED).add("type", "work").add("primary", true)))
                        .build().toString(), bearer(writer.token()));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonObject after = luccaUser(id);
        assertThat(after.getString("login")).isEqualTo(before.getString("login"));
        assertThat(after.getString("mail")).isEqualTo(Admin.MANON);
        assertThat(after.getString("firstName")).as("what Okta may write still is").isEqualTo("Manoé");
        JsonObject audit = Http.get(tenants() + "/" + writer.tenantId() + "/audit?userId=" + id + "&count=1", PAUL).json()
                .getJsonArray("entries").getJsonObject(0);
        assertThat(audit.getJsonArray("ignored").getValuesAs(JsonObject.class))
                .extracting(ignored -> ignored.getString("attribute")).containsExactlyInAnyOrder("userName", "emails");
        assertThat(audit.getJsonArray("ignored").getValuesAs(JsonObject.class))
                .allSatisfy(ignored -> assertThat(ignored.getString("reason")).contains("loginMailWriteBack"));
    }

    @Test
    void aTenantThatOptsInHasOktasLoginAndMailWrittenToLucca() {
        Writer writer = writeBackTenant(true);
        long id = luccaId(Admin.MANON);

        Http.Answer answer = Http.send("PUT", Scim.baseUrl() + "/Users/" + id,
                Json.createObjectBuilder(scimUser(writer, id)).add("userName", "manon.moved")
                        .add("emails", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("value", MOVED).add("type", "work").add("primary", true)))
                        .build().toString(), bearer(writer.token()));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(luccaUser(id).getString("login")).isEqualTo("manon.moved");
        assertThat(luccaUser(id).getString("mail")).isEqualTo(MOVED);
        JsonObject tenant = Http.get(tenants() + "/" + writer.tenantId(), PAUL).json();
        assertThat(tenant.getBoolean("loginMailWriteBack")).isTrue();
    }

    @Test
    void loginAndMailWriteBackIsOffForANewTenantAndTheCatalogueSaysSo() {
        JsonObject created = Admin.createTenant(Sandbox.ALL_KEY);
        String id = created.getString("id");

        JsonObject catalogue = Http.get(tenants() + "/" + id + "/catalogue", PAUL).json();

        assertThat(created.getBoolean("loginMailWriteBack")).isFalse();
        assertThat(catalogue.getJsonArray("properties").getValuesAs(JsonObject.class).stream()
                .filter(property -> List.of("login", "mail", "firstName").contains(property.getString("code")))
                .map(property -> property.getString("code") + "=" + property.getBoolean("writableFromOkta")))
                .containsExactlyInAnyOrder("login=false", "mail=false", "firstName=true");
    }

    /** A tenant made through the administration API, and the SCIM token Okta would use. */
    private record Writer(String tenantId, String token) {
    }

    /** A tenant with Okta → Lucca synchronisation on the all-permissions key, opted in to login and mail or not. */
    private static Writer writeBackTenant(boolean loginMailWriteBack) {
        JsonObject created = Admin.createTenant(Sandbox.ALL_KEY);
        Http.Answer options = Http.put(tenants() + "/" + created.getString("id") + "/options",
                Json.createObjectBuilder().add("leaversGraceDays", 90).add("snapshotTtlSeconds", 900)
                        .add("userNameSource", "LOGIN").add("reverseSync", true)
                        .add("loginMailWriteBack", loginMailWriteBack).build().toString(), PAUL);
        assertThat(options.status()).as(options.body()).isEqualTo(200);
        return new Writer(created.getString("id"), created.getString("scimToken"));
    }

    /** A new key, as after a rotation in Lucca: nothing Lucca said about the old one is reused. */
    private static void rekey(String tenantId) {
        Http.Answer rekeyed = Http.put(tenants() + "/" + tenantId + "/lucca-key",
                Json.createObjectBuilder().add("apiKey", readKey()).build().toString(), PAUL);
        assertThat(rekeyed.status()).as(rekeyed.body()).isEqualTo(200);
    }

    /** A change made in Lucca, through its own API, as HR would make it. */
    private static void changeMailInLucca(long id, String mail) {
        Http.Answer changed = Http.put(Http.sandboxUrl() + "/api/v3/users/" + id,
                Json.createObjectBuilder().add("mail", mail).build().toString(), Sandbox.auth(Sandbox.ALL_KEY));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }

    /** A new sandbox key that may read users, and so vouch for administrators. */
    private static String readKey() {
        Http.Answer created = Http.post(Http.sandboxUrl() + "/sandbox/apikeys",
                "{\"name\":\"Administrators test\",\"permissions\":[\"users.read\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getString("key");
    }

    private static Http.Answer patchMail(Writer writer, long id, String mail) {
        return Http.send("PATCH", Scim.baseUrl() + "/Users/" + id, "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":"
                + "[{\"op\":\"replace\",\"path\":\"emails[type eq \\\"work\\\"].value\",\"value\":\"" + mail + "\"}]}",
                bearer(writer.token()));
    }

    private static JsonObject scimUser(Writer writer, long id) {
        Http.Answer answer = Scim.get("/Users/" + id, writer.token());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static long luccaId(String mail) {
        List<Long> ids = luccaIds(mail);
        assertThat(ids).as("Lucca users with the mail " + mail).hasSize(1);
        return ids.get(0);
    }

    /** Lucca's own answer, read with the sandbox's key, never through the connector. */
    private static List<Long> luccaIds(String mail) {
        return Sandbox.get("/api/v3/users?fields=id,mail&mail=" + mail, Sandbox.ALL_KEY).json().getJsonObject("data")
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(user -> user.getJsonNumber("id").longValue()).toList();
    }

    private static String luccaMail(long id) {
        return luccaUser(id).getString("mail");
    }

    private static JsonObject luccaUser(long id) {
        Http.Answer answer = Sandbox.get("/api/v3/users/" + id + "?fields=id,login,mail,firstName", Sandbox.ALL_KEY);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().getJsonObject("data");
    }

    private static String[] bearer(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }
}
