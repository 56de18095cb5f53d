package dev.luccaokta.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.luccaokta.lucca.LuccaErrorStatusException;
import dev.luccaokta.lucca.LuccaClients;
import dev.luccaokta.lucca.LuccaInstance;
import dev.luccaokta.lucca.LuccaUser;
import dev.luccaokta.lucca.LuccaUserList;
import dev.luccaokta.tenant.ScimTokenHash;
import dev.luccaokta.tenant.Tenant;
import dev.luccaokta.tenant.TenantRepository;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The connector's foundation from inside a real Payara Micro, where CDI beans can be injected: the demo tenant
 * provisioned from configuration into the server's default database, and the Lucca Rest Client reading the sandbox
 * over HTTP. The one Arquillian deployment of the suite, on a server of its own ({@code it.arquillianPort}).
 */
@OwnServers
@ExtendWith(ArquillianExtension.class)
class ConnectorFoundationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.connector().addClasses(Http.class, Http.Answer.class, Sandbox.class);
    }

    @Inject
    TenantRepository tenants;

    @Inject
    LuccaClients clients;

    @BeforeEach
    void resetSandbox() {
        Sandbox.reset();
    }

    @Test
    void demoTenantIsProvisionedFromConfigurationWithOnlyTheTokenHash() {
        String token = System.getProperty("demo.scim.token");

        Tenant tenant = tenants.findByTokenHash(ScimTokenHash.of(token)).orElseThrow();

        assertEquals(System.getProperty("demo.lucca.apiKey"), tenant.getLuccaApiKey().orElseThrow());
        assertEquals(Http.sandboxUrl(), tenant.getLuccaBaseUrl());
        assertEquals(64, tenant.getScimTokenHash().length());
        assertTrue(!tenant.getScimTokenHash().contains(token) && !tenant.toString().contains(tenant.getLuccaApiKey().orElseThrow()));
    }

    @Test
    void restClientReadsTheSandboxUsersPageByPage() {
        LuccaInstance sandbox = demoInstance();

        LuccaUserList first = clients.users(sandbox).list(LuccaUser.FIELDS, "0,10", null, "id,asc");
        LuccaUserList second = clients.users(sandbox).list(LuccaUser.FIELDS, "10,10", null, "id,asc");

        Map<Long, JsonObject> expected = sandboxUsers("0,20");
        assertEquals(10, first.items().size());
        assertEquals(10, second.items().size());
        for (LuccaUser user : concat(first.items(), second.items())) {
            JsonObject lucca = expected.get(user.id());
            assertNotNull(lucca, "user " + user.id() + " is not among the sandbox's first 20");
            assertEquals(lucca.getString("mail"), user.mail());
            assertEquals(lucca.getString("login"), user.login());
            assertEquals(lucca.getString("firstName"), user.firstName());
            assertEquals(lucca.getString("lastName"), user.lastName());
            assertEquals(LocalDateTime.parse(lucca.getString("dtContractStart")), user.dtContractStart());
        }
        assertEquals(20, concat(first.items(), second.items()).stream().map(LuccaUser::id).distinct().count());
    }

    @Test
    void restClientSendsTheKeyAndReportsLuccaRefusals() {
        LuccaInstance wrongKey = new LuccaInstance(URI.create(Http.sandboxUrl()), "not-a-sandbox-key");
        LuccaInstance noPermission = new LuccaInstance(URI.create(Http.sandboxUrl()), Sandbox.NO_PERMISSION_KEY);

        LuccaErrorStatusException unauthorized = assertThrows(LuccaErrorStatusException.class,
                () -> clients.users(wrongKey).list(LuccaUser.FIELDS, "0,1", null, "id,asc"));
        LuccaErrorStatusException forbidden = assertThrows(LuccaErrorStatusException.class,
                () -> clients.users(noPermission).list(LuccaUser.FIELDS, "0,1", null, "id,asc"));

        assertEquals(401, unauthorized.status());
        assertTrue(!unauthorized.getMessage().contains("not-a-sandbox-key"), unauthorized.getMessage());
        assertEquals(403, forbidden.status());
        assertTrue(forbidden.getMessage().contains("users.read"), forbidden.getMessage());
    }

    private LuccaInstance demoInstance() {
        Tenant tenant = tenants.findByTokenHash(ScimTokenHash.of(System.getProperty("demo.scim.token"))).orElseThrow();
        return new LuccaInstance(URI.create(tenant.getLuccaBaseUrl()), tenant.getLuccaApiKey().orElseThrow());
    }

    private static Map<Long, JsonObject> sandboxUsers(String paging) {
        Http.Answer answer = Sandbox.get("/api/v3/users?fields=id,firstName,lastName,login,mail,dtContractStart&paging=" + paging,
                System.getProperty("demo.lucca.apiKey"));
        return answer.json().getJsonObject("data").getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(u -> u.getJsonNumber("id").longValue(), Function.identity()));
    }

    private static List<LuccaUser> concat(List<LuccaUser> a, List<LuccaUser> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
