package dev.luccaokta.it;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.HasPermissions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The administration page in a real browser (headless Chromium): an operator signs in, sets up an integration
 * against the Lucca sandbox, hands the token to "Okta" (this test), chooses what Okta receives, then watches the
 * live status, previews an employee and rotates the token; finds the integration again in the home list, and
 * reads in the audit trail the write that Okta attempted and was refused; sets an integration to push to Okta's
 * emulator and watches the push. Signing in opens a session, which a reload keeps and which ends at sign-out and when
 * left idle.
 */
@SharedServerTest
class AdminPageIT {

    private static final String PAUL = "paul.nguyen@sandbox-industries.example";
    private static final String PAUL_PASSWORD = "paul-test-password";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SESSION = "lucca-okta-session";
    private static final String ME = Http.baseUrl() + "/lucca-okta/admin/api/me";

    private Path profile;
    private ChromeDriverService service;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws IOException {
        Prerequisites.chromium();
        Sandbox.reset();
        profile = Files.createTempDirectory("admin-page-it-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Prerequisites.CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,1024", "--user-data-dir=" + profile);
        service = new ChromeDriverService.Builder().usingDriverExecutable(Prerequisites.CHROMEDRIVER).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            if (service != null) {
                service.stop();
            }
            deleteProfile();
        }
    }

    @Test
    void anOperatorSetsUpAnIntegrationWatchesItRotatesItsTokenAndAuditsOktasWrites() {
        browser.get(Http.baseUrl() + "/lucca-okta/admin/");

        // Wrong password: the page says so and stays on the sign-in form.
        signIn(PAUL, "wrong-password");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Wrong e-mail or password"));
        assertThat(visible("signin")).isTrue();

        signIn(PAUL, PAUL_PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home")));

        // Step 1: the integration, checked against the sandbox's Lucca.
        fillSetup("Acme", "it@acme.example");
        click("setup-submit");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));

        // Step 2: the token, shown once, works for Okta; the base URL is the SCIM one.
        String token = text("result-token");
        assertThat(token).hasSizeGreaterThanOrEqualTo(40);
        assertThat(text("result-scim-url")).isEqualTo(Scim.baseUrl());
        assertThat(browser.findElements(By.cssSelector("#result button.copy"))).hasSize(2);
        click(By.cssSelector("button.copy[data-copy='result-token']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Copied"));
        assertThat(clipboard()).isEqualTo(token);
        assertThat(text("result")).contains("Applications → Lucca → Provisioning → Integration", "Import Groups");
        assertThat(Scim.get("/ServiceProviderConfig", token).status()).isEqualTo(200);

        // Step 3: mandatory properties are fixed, unsendable ones say why; pick a job title and departments.
        click("to-selection");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("selection")));
        WebElement login = browser.findElement(By.id("prop-login"));
        assertThat(login.isSelected()).isTrue();
        assertThat(login.isEnabled()).isFalse();
        assertThat(browser.findElement(By.id("prop-e_languages")).isEnabled()).isFalse();
        assertThat(text("prop-e_languages-hint")).containsIgnoringCase("multiple");
        assertThat(browser.findElements(By.cssSelector("#group-type-list input[type=checkbox]"))).hasSize(4);
        check("prop-jobTitle");
        check("group-LUCCA_DEPT");
        click("selection-save");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard")));
        assertThat(text("tenant-properties")).contains("jobTitle");
        assertThat(text("tenant-groups")).contains("LUCCA_DEPT");
        String tenantId = text("tenant-id");

        // Back home, the new integration is in the list of those one may administer, and opens from there.
        click("back-home");
        By openListed = By.cssSelector("#tenant-rows button[data-tenant-id='" + tenantId + "']");
        wait.until(ExpectedConditions.and(ExpectedConditions.elementToBeClickable(openListed),
                ExpectedConditions.numberOfElementsToBe(By.cssSelector("#tenant-list[aria-busy]"), 0)));
        WebElement listed = browser.findElement(openListed);
        assertThat(listed.getAccessibleName()).isEqualTo("Open Acme");
        assertThat(listed.findElement(By.xpath("./ancestor::tr")).getText()).contains("Acme", tenantId, "Enabled", "Off");
        assertThat(visible("tenant-empty")).isFalse();
        assertThat(visible("open-form")).as("opening by id stays available").isTrue();
        listed.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard")));
        assertThat(text("tenant-id")).isEqualTo(tenantId);

        // Okta has written nothing yet: the audit trail says so.
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-empty")));
        assertThat(text("audit-empty")).contains("No write attempt yet");
        assertThat(visible("audit-table")).isFalse();

        // The status is live: an Okta request made now shows up on the page.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Last Okta request"));
        Http.Answer users = Scim.get("/Users?count=1", token);
        assertThat(users.status()).as(users.body()).isEqualTo(200);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "GET Users"));

        // Preview: Lucca's record beside what Okta receives.
        type("preview-user", "1");
        click("preview-submit");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("preview-result")));
        assertThat(text("preview-lucca")).contains("\"firstName\"");
        assertThat(text("preview-scim")).contains("\"userName\"", "urn:ietf:params:scim:schemas:core:2.0:User");

        // A new token with no grace period: the old one is refused at once, the new one works.
        type("rotate-grace", "0");
        click("rotate-submit");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rotated")));
        String rotated = text("rotated-token");
        assertThat(rotated).hasSizeGreaterThanOrEqualTo(40).isNotEqualTo(token);
        assertThat(Scim.get("/ServiceProviderConfig", token).status()).isEqualTo(401);
        assertThat(Scim.get("/ServiceProviderConfig", rotated).status()).isEqualTo(200);

        // Okta writes to Lucca: refused (the switch is off and the read key cannot write), and on record.
        Http.Answer put = Http.send("PUT", Scim.baseUrl() + "/Users/10",
                "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"x\"}",
                "Authorization", "Bearer " + rotated);
        assertThat(put.status()).as(put.body()).isEqualTo(403);
        click("audit-refresh");
        WebElement refused = wait.until(page -> auditRow("REFUSED", "10"));
        assertThat(refused.findElement(By.cssSelector(".col-operation")).getText()).isEqualTo("PUT");
        assertThat(refused.findElement(By.cssSelector(".col-detail")).getText()).contains("not enabled");
        assertThat(refused.findElement(By.tagName("time")).getAttribute("datetime")).endsWith("Z");
        assertThat(visible("audit-empty")).isFalse();
        assertThat(text("audit-summary")).contains("1–1 of 1");
        assertThat(browser.findElement(By.id("audit-newer")).isEnabled()).isFalse();
        assertThat(browser.findElement(By.id("audit-older")).isEnabled()).isFalse();

        // Filtered: nothing was applied; the same person, whatever the outcome, shows the refusal again.
        new Select(browser.findElement(By.id("audit-outcome"))).selectByValue("APPLIED");
        click("audit-submit");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-empty")));
        assertThat(text("audit-empty")).contains("No write attempt matches", "APPLIED");
        assertThat(visible("audit-table")).isFalse();
        new Select(browser.findElement(By.id("audit-outcome"))).selectByValue("");
        type("audit-user", "10");
        click("audit-submit");
        wait.until(page -> auditRow("REFUSED", "10"));
        assertThat(text("audit-summary")).contains("1–1 of 1", "Lucca user 10");
    }

    @Test
    void aSessionOpensAtSignInSurvivesAReloadAndEndsAtSignOutAndWhenLeftIdle() {
        String tenantId = Admin.tenantNamed("Read-only company");
        browser.get(Http.baseUrl() + "/lucca-okta/admin/#tenant=" + tenantId);
        signIn(PAUL, PAUL_PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status-connection"), "Live"));

        // The session is a cookie for the API only, out of the page's scripts' reach; the password is gone.
        Map<String, Object> session = sessionCookie().orElseThrow();
        assertThat(session).containsEntry("httpOnly", true).containsEntry("sameSite", "Strict")
                .containsEntry("path", "/lucca-okta/admin/api").containsEntry("session", true);
        String id = (String) session.get("value");
        assertThat(id).hasSize(43).doesNotContain(PAUL_PASSWORD);
        assertThat((String) ((JavascriptExecutor) browser).executeScript("return document.cookie")).doesNotContain(id);
        assertThat(browser.findElement(By.id("signin-password")).getDomProperty("value")).isEmpty();

        // Reloaded, the page is still signed in, on the same integration.
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard")));
        assertThat(text("tenant-id")).isEqualTo(tenantId);
        assertThat(text("who-mail")).isEqualTo(PAUL);

        // Signed out: the form again, and the session is over on the server too.
        click("sign-out");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin")));
        assertThat(sessionCookie()).as("the browser forgot it").isEmpty();
        assertThat(visible("who")).isFalse();
        assertThat(Http.get(ME, "Cookie", SESSION + "=" + id).status()).isEqualTo(401);

        // Signed in again and left alone on the dashboard: the live status does not keep the session, which ends
        // after its idle time (20 s on the test server); the page then asks for the password again.
        signIn(PAUL, PAUL_PASSWORD);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status-connection"), "Live"));
        String idle = (String) sessionCookie().orElseThrow().get("value");
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.and(
                ExpectedConditions.visibilityOfElementLocated(By.id("signin")),
                ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Your session has ended")));
        assertThat(Http.get(ME, "Cookie", SESSION + "=" + idle).status()).isEqualTo(401);
        assertThat(visible("dashboard")).isFalse();
    }

    @Test
    void anIntegrationWithAnOAuthClientReadsLuccasCurrentApiSaysWhatItCannotReadAndGoesBackToTheKey() {
        browser.get(Http.baseUrl() + "/lucca-okta/admin/");
        signIn(PAUL, PAUL_PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home")));

        // Step 1 with an OAuth client: a wrong secret is refused before anything is saved, naming the cause.
        fillSetup("Globex", "it@globex.example");
        type("setup-client-id", "sbx-client-directory");
        type("setup-client-secret", "not-its-secret");
        click("setup-submit");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "refused this OAuth client"));
        type("setup-client-secret", "sbx-client-directory-secret");
        click("setup-submit");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));

        // Step 3: what the current API does not carry cannot be chosen; a scope the client lacks is named.
        click("to-selection");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("selection")));
        assertThat(browser.findElement(By.id("prop-culture")).isEnabled()).isFalse();
        assertThat(text("prop-culture-hint")).contains("current API");
        assertThat(browser.findElement(By.id("prop-personalEmail")).isEnabled()).isFalse();
        assertThat(text("prop-personalEmail-hint")).contains("employee-personal-records.readonly");
        check("prop-jobTitle");
        click("selection-save");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard")));
        assertThat(text("tenant-lucca-api")).contains("current API (v5)", "sbx-client-directory");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "employees.readonly"));
        assertThat(text("status")).contains("Scopes missing", "Token valid until").doesNotContain("sbx-client-directory-secret");

        // The first read through the client started at setup and is done before the tenant changes again.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "read from Lucca at"));

        // Back to the API key: the dashboard and the live status say so, with the advice to come back.
        click("client-remove");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tenant-lucca-api"), "legacy API (v3)"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "OAuth client"));
        assertThat(visible("client-remove")).isFalse();
    }

    @Test
    void anOperatorSwitchesEventsOnAndSeesTheActiveEndpointAndTwoWeeksOfEventsPerDay() {
        String tenantId = tenantWithOAuthClient("Initech");
        browser.get(Http.baseUrl() + "/lucca-okta/admin/#tenant=" + tenantId);
        signIn(PAUL, PAUL_PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard")));

        // Off at first: nothing to re-activate, and the panel says Okta waits for the next read of Lucca.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("events-freshness"), "Off"));
        WebElement toggle = browser.findElement(By.id("events-enabled"));
        assertThat(toggle.isSelected()).isFalse();
        assertThat(browser.findElement(By.id("events-reactivate")).isEnabled()).isFalse();

        click("events-enabled");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Events switched on"));
        assertThat(toggle.isSelected()).isTrue();
        assertThat(text("events-freshness")).startsWith("Live");
        assertThat(browser.findElement(By.xpath("//dl[@id='events-details']/dt[.='Endpoint on Lucca']"
                + "/following-sibling::dd[1]")).getText()).startsWith("active");
        assertThat(browser.findElement(By.id("events-reactivate")).isEnabled()).as("the endpoint is active").isFalse();
        List<WebElement> bars = browser.findElements(By.cssSelector("#events-chart li"));
        assertThat(bars).hasSize(14);
        assertThat(bars.get(13).getAttribute("title")).matches("\\d{4}-\\d{2}-\\d{2}: \\d+ events?");
        assertThat(text("events-chart-caption")).contains("14 days");
    }

    @Test
    void anAdministratorSetsATenantToPushToOktasEmulatorAndWatchesThePushWithItsChart() {
        OktaSandbox.reset();
        String tenantId = Admin.createTenant(Sandbox.READ_KEY).getString("id");
        browser.get(Http.baseUrl() + "/lucca-okta/admin/#tenant=" + tenantId);
        signIn(PAUL, PAUL_PASSWORD);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("delivery-mode"), "Pulled"));
        assertThat(visible("push")).as("a tenant pulled over SCIM has no push status").isFalse();

        // An org URL the connector does not call is refused with the API's words; the tenant still pulls.
        click("delivery-push");
        type("delivery-org", "https://acme.example.com");
        type("delivery-source", OktaSandbox.SOURCE);
        click("delivery-with-token");
        type("delivery-token", OktaSandbox.API_TOKEN);
        click("delivery-save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "oktaOrgUrl: "));
        assertThat(text("delivery-mode")).startsWith("Pulled");
        assertThat(Http.get(Admin.tenants() + "/" + tenantId + "/delivery", Admin.operator()).json().getString("mode"))
                .isEqualTo("SCIM_PULL");

        // Okta's emulator: saved, the token said to be stored and never shown back.
        type("delivery-org", OktaSandbox.url(""));
        click("delivery-save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "pushes to Okta"));
        assertThat(text("delivery-mode")).startsWith("Pushed");
        assertThat(text("delivery-details")).contains(OktaSandbox.url(""), OktaSandbox.SOURCE, "API token (stored)");
        assertThat(browser.findElement(By.id("delivery-token")).getDomProperty("value")).isEmpty();
        assertThat(text("delivery-token-stored")).contains("stored");
        assertThat(browser.getPageSource()).doesNotContain(OktaSandbox.API_TOKEN);

        // The initial load goes in one import session; the status refreshes by itself until it is completed and
        // its people's lags are charted.
        new WebDriverWait(browser, Duration.ofSeconds(120)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.and(
                        ExpectedConditions.textToBePresentInElementLocated(By.id("push-details"), "COMPLETED"),
                        ExpectedConditions.textToBePresentInElementLocated(By.id("push-summary"), "delivered to Okta in")));
        assertThat(text("push-details")).containsPattern("initial load, COMPLETED: [1-9]\\d* sent")
                .containsPattern("[1-9]\\d* people delivered; median");
        assertThat(text("push-state")).startsWith("Nobody waits");
        assertThat(text("push-summary")).containsPattern("[1-9]\\d* people delivered to Okta in [1-9]\\d* hours?");
        // The chart, read in one go: the stream may draw it again between two reads of WebDriver.
        Map<String, Object> chart = script("var chart = document.getElementById('push-chart');"
                + "var bars = chart.querySelectorAll('rect.push-deliveries');"
                + "return {bars: bars.length,"
                + " drawn: Array.prototype.filter.call(bars, function (b) { return b.getAttribute('height') !== '0'; }).length,"
                + " lastTitle: bars[bars.length - 1].textContent,"
                + " lines: chart.querySelectorAll('polyline.push-p50').length,"
                + " points: chart.querySelectorAll('circle.push-p50').length,"
                + " rows: document.querySelectorAll('#push-rows tr').length};");
        assertThat(chart).containsEntry("bars", 7L * 24).containsEntry("lines", 1L);
        assertThat((Long) chart.get("drawn")).isPositive().isEqualTo(chart.get("points")).isEqualTo(chart.get("rows"));
        assertThat((String) chart.get("lastTitle")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:00: \\d+ (person|people) delivered");

        // Okta answers the check with the saved settings and the page says what to set in Okta.
        click("delivery-check");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("delivery-checked")));
        assertThat(browser.findElement(By.xpath("//dl[@id='delivery-checked-details']/dt[.='Identity Source Apps']"
                + "/following-sibling::dd[1]")).getText()).isEqualTo("ok");
        assertThat(text("delivery-configure")).contains("Profile & Lifecycle Sourcing");

        click("push-reconcile");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Reconciliation asked"));
    }

    @Test
    void anAdministratorSeesWhatADryRunWouldDoThenTheHeldSnapshotWithItsCauseAndReleasesIt() {
        JsonObject created = createTenantWithOAuthClient("Hooli");
        String tenantId = created.getString("id");
        String token = created.getString("scimToken");
        Http.Answer selected = Http.put(Admin.tenants() + "/" + tenantId + "/selection",
                "{\"properties\":[\"jobTitle\",\"legalEntity\"],\"groupTypes\":[]}", Admin.operator());
        assertThat(selected.status()).as(selected.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).until(() -> Scim.get("/Users?count=1", token).status() == 200);
        int imported = Scim.allUsers(token).size();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonObject report = Http.get(Admin.tenants() + "/" + tenantId + "/safeguard", Admin.operator()).json();
            return !report.isNull("lastImport") && report.getJsonObject("lastImport").getInt("people") == imported;
        });
        // The tenant's OAuth client now sees one establishment only.
        assertThat(Http.put(Http.sandboxUrl() + "/sandbox/clients/sbx-client-all/establishments", "{\"establishmentIds\":[1]}")
                .status()).isEqualTo(200);
        try {
            // The import above and the reads of Lucca are in the last days' figures before the page opens.
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                JsonObject today = lastDay(tenantId);
                return today.getInt("imports") >= 1 && today.getInt("luccaCalls") >= 1;
            });
            browser.get(Http.baseUrl() + "/lucca-okta/admin/#tenant=" + tenantId);
            signIn(PAUL, PAUL_PASSWORD);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("safeguard-state"), "Nothing held"));

            // The status page's chart: seven days, today's import and Lucca calls drawn, the same in its table.
            wait.until(page -> browser.findElements(By.cssSelector("#activity-chart rect.series-imports")).size() == 7);
            List<WebElement> imports = browser.findElements(By.cssSelector("#activity-chart rect.series-imports"));
            List<WebElement> calls = browser.findElements(By.cssSelector("#activity-chart rect.series-lucca"));
            assertThat(imports.get(6).getAttribute("height")).isNotEqualTo("0");
            assertThat(calls.get(6).getAttribute("height")).isNotEqualTo("0");
            assertThat(imports.get(6).findElement(By.tagName("title")).getAttribute("textContent"))
                    .matches("\\d{4}-\\d{2}-\\d{2}: [1-9]\\d* okta's imports");
            assertThat(browser.findElements(By.cssSelector("#activity-chart rect.series-publications"))).hasSize(7);
            assertThat(browser.findElements(By.cssSelector("#activity-rows tr"))).hasSize(7);
            assertThat(text("changes-list")).as("the tenant's first snapshot, published").contains("first snapshot");
            assertThat(browser.findElements(By.cssSelector("#imports-rows tr"))).isNotEmpty();
            assertThat(browser.findElement(By.cssSelector("#imports-rows tr td:nth-child(4)")).getAttribute("textContent"))
                    .isEqualTo("complete");
            assertThat(browser.findElement(By.id("safeguard-release")).isEnabled()).isFalse();

            click("dry-run");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dry-run-summary"), "Over the threshold"));
            assertThat(browser.findElements(By.cssSelector("#dry-run-people li"))).isNotEmpty();
            assertThat(text("safeguard-state")).as("a dry run holds nothing").startsWith("Nothing held");

            click("safeguard-recheck");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Lucca is being read again"));
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                click("safeguard-refresh");
                return text("safeguard-state").startsWith("Held since");
            });
            assertThat(text("safeguard-state")).contains("Okta keeps getting the previous people");
            assertThat(browser.findElement(By.xpath("//dl[@id='safeguard-details']/dt[.='Likely cause']"
                    + "/following-sibling::dd[1]")).getText()).contains("restricted to fewer establishments");
            assertThat(browser.findElements(By.cssSelector("#safeguard-sample li"))).isNotEmpty();
            assertThat(Scim.allUsers(token)).as("Okta keeps its people while the snapshot is held").hasSize(imported);

            click("safeguard-release");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Released"));
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                click("safeguard-refresh");
                return text("safeguard-state").startsWith("Nothing held");
            });
            assertThat(Scim.allUsers(token).size()).as("the released snapshot is Okta's now").isLessThan(imported);
            new Select(browser.findElement(By.id("audit-outcome"))).selectByValue("SNAPSHOT_HELD");
            click("audit-submit");
            wait.until(driver -> auditRow("SNAPSHOT_HELD", "connector") != null);
        } finally {
            // The other tests read through the same client.
            Http.put(Http.sandboxUrl() + "/sandbox/clients/sbx-client-all/establishments", "{\"establishmentIds\":[]}");
        }
    }

    /**
     * The browser's session cookie, read through the DevTools protocol: WebDriver's own cookie calls see only the
     * cookies of the page's path, and this one is the API's.
     */
    @SuppressWarnings("unchecked")
    private Optional<Map<String, Object>> sessionCookie() {
        Map<String, Object> answer = ((ChromeDriver) browser).executeCdpCommand("Storage.getCookies", Map.of());
        return ((List<Map<String, Object>>) answer.get("cookies")).stream()
                .filter(cookie -> SESSION.equals(cookie.get("name"))).findFirst();
    }

    /** The tenant's figures for today, from the administration API. */
    private static JsonObject lastDay(String tenantId) {
        Http.Answer activity = Http.get(Admin.tenants() + "/" + tenantId + "/activity?days=7", Admin.operator());
        assertThat(activity.status()).as(activity.body()).isEqualTo(200);
        return activity.json().getJsonArray("perDay").getJsonObject(6);
    }

    /** The audit table's row with this outcome and user id, or null. */
    private WebElement auditRow(String outcome, String userId) {
        return browser.findElements(By.cssSelector("#audit-rows tr")).stream()
                .filter(row -> row.findElement(By.cssSelector(".col-outcome")).getText().strip().equals(outcome)
                        && row.findElement(By.cssSelector(".col-user")).getText().strip().equals(userId))
                .findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> script(String script) {
        return (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(script);
    }

    /** What the page put on the clipboard, read through the browser's own clipboard API. */
    private String clipboard() {
        ((HasPermissions) browser).setPermission("clipboard-read", "granted");
        return (String) ((JavascriptExecutor) browser).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "navigator.clipboard.readText().then(done, function (e) { done('unreadable: ' + e); });");
    }

    /** A tenant set up through the admin API on the sandbox with a key and an OAuth client that reads everything. */
    private static String tenantWithOAuthClient(String company) {
        return createTenantWithOAuthClient(company).getString("id");
    }

    /** The same, answering the tenant's description with its SCIM token, shown once. */
    private static JsonObject createTenantWithOAuthClient(String company) {
        String body = Json.createObjectBuilder().add("name", company).add("technicalAdminEmail", "it@initech.example")
                .add("luccaBaseUrl", Http.sandboxUrl()).add("luccaApiKey", "sbx-future-0002")
                .add("luccaClientId", "sbx-client-all").add("luccaClientSecret", "sbx-client-all-secret").build().toString();
        Http.Answer created = Http.post(Admin.tenants(), body, Admin.operator());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    /** Step 1's form for the sandbox's Lucca and its read-only key. */
    private void fillSetup(String company, String mail) {
        type("setup-name", company);
        type("setup-mail", mail);
        type("setup-url", Http.sandboxUrl());
        type("setup-key", Sandbox.READ_KEY);
    }

    private void signIn(String mail, String password) {
        type("signin-mail", mail);
        type("signin-password", password);
        click("signin-submit");
    }

    private void type(String id, String value) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        input.clear();
        input.sendKeys(value);
    }

    private void click(String id) {
        click(By.id(id));
    }

    private void click(By element) {
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private void check(String id) {
        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        if (!box.isSelected()) {
            box.click();
        }
        assertThat(box.isSelected()).as(id).isTrue();
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText().strip();
    }

    private boolean visible(String id) {
        return browser.findElement(By.id(id)).isDisplayed();
    }

    private void deleteProfile() {
        if (profile == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
