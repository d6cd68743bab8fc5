package org.countyhall.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

/** The REST base against the real distribution: health, security, problem+json, publishing from a bundle. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RestIT extends CountyHallTestSupport {

    @Configuration
    public Option[] config() throws Exception {
        return distribution();
    }

    @Test
    public void healthIsPublicAndReportsTheDatabaseAndCoreSchema() throws Exception {
        Answer a = get("/health", null, null);
        assertEquals(200, a.status());
        JsonNode h = a.json();
        assertEquals("UP", h.get("status").asText());
        assertEquals("UP", h.get("database").asText());
        assertEquals("UP", h.get("domains").get("core").asText());
        assertFalse("no versions for the public: " + h, h.has("schemas") || a.body().contains("\"core\":3"));
        assertEquals(401, get("/health/details", null, null).status());
        JsonNode d = get("/health/details", ADMIN, ADMIN_PASSWORD).json();
        assertEquals("core schema at its latest version (V4: pending outbox, consumers)", 4, d.get("schemas").get("core").asInt());
        assertEquals("{\"pong\":true}", get("/ping", null, null).body());
    }

    @Test
    public void everyEndpointIsListedWithItsOpenApiDocument() throws Exception {
        JsonNode index = get("/openapi", null, null).json();
        java.util.Set<String> paths = new java.util.HashSet<>();
        index.forEach(e -> paths.add(e.get("path").asText()));
        assertTrue(paths.toString(), paths.containsAll(List.of("health", "users", "audit", "events", "inbox", "calendar")));
        JsonNode users = get("/openapi/users", null, null).json();
        assertEquals("3.0.3", users.get("openapi").asText());
        JsonNode create = users.get("paths").get("/").get("post");
        assertEquals("security-admin", create.get("x-roles").get(0).asText()); // admin stands in unless separated
        assertEquals("Create a user account", create.get("summary").asText());
        assertEquals("#/components/schemas/NewUser", create.get("requestBody").get("content").get("application/json")
                .get("schema").get("$ref").asText());
        assertTrue(users.get("components").get("schemas").get("NewUser").get("properties").has("username"));
        assertEquals("#/components/schemas/UserRecord", create.get("responses").get("201").get("content")
                .get("application/json").get("schema").get("$ref").asText());
        assertEquals("#/components/responses/Conflict", create.get("responses").get("409").get("$ref").asText());
        Answer page = get("/openapi/ui", null, null);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("swagger-ui-bundle.js"));
        assertTrue(users.get("paths").has("/{username}/roles"));
        Answer unknown = get("/no-such-domain/items", null, null);
        assertEquals(404, unknown.status());
        assertTrue(unknown.isProblem());
    }

    @Test
    public void noLoginIs401AndTheWrongRoleIs403AsProblems() throws Exception {
        Answer anonymous = get("/users", null, null);
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.isProblem());
        assertEquals("urn:countyhall:problem:unauthorized", anonymous.json().get("type").asText());

        Answer badPassword = get("/users", ADMIN, "not-the-password");
        assertEquals(401, badPassword.status());

        String clerk = createUser("clerk", "Clerk-pass-2026", "S100", "office");
        Answer forbidden = get("/users", clerk, "Clerk-pass-2026");
        assertEquals(403, forbidden.status());
        assertTrue(forbidden.isProblem());
        assertEquals(403, forbidden.json().get("status").asInt());
        assertEquals(200, get("/users/me", clerk, "Clerk-pass-2026").status());
        assertEquals(200, get("/users", ADMIN, ADMIN_PASSWORD).status());
    }

    @Test
    public void badInputAnswersProblemJsonAndWritesNothing() throws Exception {
        long before = get("/users", ADMIN, ADMIN_PASSWORD).json().get("total").asLong();

        Answer malformed = send("POST", "/users", ADMIN, ADMIN_PASSWORD, "application/json", "{\"username\": ");
        assertEquals(400, malformed.status());
        assertTrue(malformed.isProblem());
        assertEquals("urn:countyhall:problem:malformed-json", malformed.json().get("type").asText());

        Answer wrongType = send("POST", "/users", ADMIN, ADMIN_PASSWORD, "application/json",
                "{\"username\":\"typo\",\"roles\":42}");
        assertEquals(400, wrongType.status());
        assertEquals("roles", wrongType.json().get("errors").get(0).get("field").asText());

        Answer unknown = send("POST", "/users", ADMIN, ADMIN_PASSWORD, "application/json",
                "{\"username\":\"typo\",\"password\":\"Valid-pass-2026\",\"roles\":[\"office\"],\"shoeSize\":44}");
        assertEquals(400, unknown.status());
        assertEquals("shoeSize", unknown.json().get("errors").get(0).get("field").asText());

        Answer invalid = send("POST", "/users", ADMIN, ADMIN_PASSWORD, "application/json",
                "{\"username\":\"Bad Name\",\"password\":\"short\",\"roles\":[\"wizard\"]}");
        assertEquals(400, invalid.status());
        assertTrue(invalid.json().get("errors").size() >= 3);

        String big = "{\"username\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}";
        Answer tooLarge = send("POST", "/users", ADMIN, ADMIN_PASSWORD, "application/json", big);
        assertEquals(413, tooLarge.status());
        assertTrue(tooLarge.isProblem());

        byte[] bigBytes = big.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Answer chunkedTooLarge = send(request("/users", ADMIN, ADMIN_PASSWORD).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(bigBytes))).build());
        assertEquals("a chunked body is counted while it is read", 413, chunkedTooLarge.status());
        assertTrue(chunkedTooLarge.isProblem());

        // refused by Jetty before any servlet: answered as problem+json by the org.countyhall.jetty fragment
        Answer longLine = get("/users?q=" + "x".repeat(10_000), ADMIN, ADMIN_PASSWORD);
        assertEquals(414, longLine.status());
        assertTrue(longLine.isProblem());
        assertEquals("urn:countyhall:problem:uri-too-long", longLine.json().get("type").asText());
        Answer bigHeaders = send(request("/health", null, null).header("X-Big", "y".repeat(10_000)).GET().build());
        assertEquals(431, bigHeaders.status());
        assertTrue(bigHeaders.isProblem());

        Answer wrongMedia = send("POST", "/users", ADMIN, ADMIN_PASSWORD, "text/plain", "username=x");
        assertEquals(415, wrongMedia.status());
        assertTrue(wrongMedia.isProblem());

        Answer zh = send(request("/users", ADMIN, ADMIN_PASSWORD).header("Accept-Language", "zh-CN,zh;q=0.9")
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{")).build());
        assertEquals("JSON 格式错误", zh.json().get("title").asText());

        Answer notANumber = get("/users?limit=ten", ADMIN, ADMIN_PASSWORD);
        assertEquals(400, notANumber.status());
        assertTrue(notANumber.isProblem());
        assertEquals(400, get("/users?limit=100000", ADMIN, ADMIN_PASSWORD).status());

        assertEquals(before, get("/users", ADMIN, ADMIN_PASSWORD).json().get("total").asLong());
    }

    @Test
    public void aBundleEndpointAppearsOnInstallAndIsGoneAfterUninstall() throws Exception {
        assertEquals(404, get("/echo", null, null).status());
        Bundle echo = bundleContext.installBundle(System.getProperty("countyhall.it.echoBundle"));
        echo.start();
        await("echo endpoint published", Duration.ofSeconds(20), () -> get("/echo", null, null).status() == 200);
        assertEquals("hello", get("/echo", null, null).json().get("echo").asText());
        assertTrue(get("/health/details", ADMIN, ADMIN_PASSWORD).body().contains("/api/v1/echo"));

        JsonNode api = get("/openapi/echo", null, null).json();
        assertTrue(api.get("paths").get("/").has("get"));

        echo.uninstall();
        await("echo endpoint removed", Duration.ofSeconds(20), () -> get("/echo", null, null).status() == 404);
        assertTrue(get("/echo", null, null).isProblem());
        assertFalse(get("/health/details", ADMIN, ADMIN_PASSWORD).body().contains("/api/v1/echo"));
        assertEquals(404, get("/openapi/echo", null, null).status());
    }

    @Test
    public void eightParallelLoginsWithTheRightPasswordAllSucceedAndUnlockAnswers() throws Exception {
        String user = createUser("locky", "Locky-pass-2026", "S101", "window");
        // a client sending 8 requests at once with the right password does not count as failures (one shared check)
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<Answer>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(clients.submit(() -> get("/users/me", user, "Locky-pass-2026")));
        }
        for (java.util.concurrent.Future<Answer> f : answers) {
            assertEquals(200, f.get().status());
        }
        clients.shutdown();
        assertEquals(0, get("/users/" + user, ADMIN, ADMIN_PASSWORD).json().get("failedLogins").asInt());
        assertEquals(200, send("POST", "/users/" + user + "/unlock", ADMIN, ADMIN_PASSWORD, null, null).status());
        assertEquals(200, get("/users/me", user, "Locky-pass-2026").status());
    }

    @Test
    public void changingYourOwnPasswordNeedsTheCurrentOne() throws Exception {
        String user = createUser("own", "Own-pass-2026", "S105", "window");
        assertEquals(400, send("PUT", "/users/me/password", user, "Own-pass-2026", "application/json",
                "{\"password\":\"New-pass-2026\"}").status());
        assertEquals(400, send("PUT", "/users/me/password", user, "Own-pass-2026", "application/json",
                "{\"password\":\"New-pass-2026\",\"currentPassword\":\"guess-2026\"}").status());
        assertEquals(204, send("PUT", "/users/me/password", user, "Own-pass-2026", "application/json",
                "{\"password\":\"New-pass-2026\",\"currentPassword\":\"Own-pass-2026\"}").status());
        assertEquals(200, get("/users/me", user, "New-pass-2026").status());
        assertEquals(400, send("POST", "/users", ADMIN, ADMIN_PASSWORD, "application/json",
                "{\"username\":\"me\",\"password\":\"Valid-pass-2026\",\"roles\":[\"office\"]}").status());
        assertEquals(400, send("POST", "/users", ADMIN, ADMIN_PASSWORD, "application/json",
                "{\"username\":\"nullrole\",\"password\":\"Valid-pass-2026\",\"roles\":[null]}").status());
        assertEquals(400, get("/calendar/hall/open?at=%2B999999999-12-31T20:00:00%2B08:00", null, null).status());
    }

    @Test
    public void everyWriteIsAuditedWithItsActor() throws Exception {
        String user = createUser("audited", "Audited-pass-2026", "S102", "office");
        JsonNode entries = get("/audit?action=user.create&limit=50", ADMIN, ADMIN_PASSWORD).json().get("items");
        boolean found = false;
        for (JsonNode e : entries) {
            found |= e.get("target").asText().equals("user/" + user) && e.get("username").asText().equals(ADMIN);
        }
        assertTrue("audit entry for " + user, found);
        assertEquals(403, get("/audit", user, "Audited-pass-2026").status());
    }

    @Test
    public void calendarArithmeticSeesHolidaysEnteredByTheOffice() throws Exception {
        String clerk = createUser("cal", "Calendar-pass-2026", "S103", "office");
        // National Day week of 2031 as test data: Wednesday 2031-10-01 to Tuesday 2031-10-07
        for (int d = 1; d <= 7; d++) {
            Answer put = send("PUT", "/calendar/days/2031-10-0" + d, clerk, "Calendar-pass-2026", "application/json",
                    "{\"kind\":\"HOLIDAY\",\"name\":\"国庆节\"}");
            assertEquals(200, put.status());
        }
        assertEquals(403, send("PUT", "/calendar/days/2031-10-08", createUser("win", "Window-pass-2026", "S104", "window"),
                "Window-pass-2026", "application/json", "{\"kind\":\"HOLIDAY\"}").status());
        // Tuesday 2031-09-30 + 1 working day skips the whole holiday week
        JsonNode r = get("/calendar/hall/add-working-days?from=2031-09-30&days=1", null, null).json();
        assertEquals("2031-10-08", r.get("date").asText());
        JsonNode open = get("/calendar/hall/open?at=2031-10-08T12:30:00%2B08:00", null, null).json();
        assertFalse(open.get("open").asBoolean());
        assertTrue(open.get("nextOpening").asText().startsWith("2031-10-08T14:30"));
        assertEquals(400, get("/calendar/hall/add-working-days?from=yesterday&days=1", null, null).status());
        assertEquals(404, get("/calendar/moon/open", null, null).status());
    }
}
