package org.countyhall.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;

import org.countyhall.core.api.event.EventOutbox;
import org.countyhall.core.api.event.OutboxEvent;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The staff directory and the window registry in the real distribution: each feature alone on core, both together
 * (departure vetoes), uninstall and reinstall without data loss, concurrent creates and bad input. Each test puts
 * the features in the state it needs, so the order of the tests does not matter.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DomainsIT extends CountyHallTestSupport {

    private static final String JSON_TYPE = "application/json";

    @Configuration
    public Option[] config() throws Exception {
        return distribution();
    }

    /** A number unique to this run, so reruns and tests never collide. */
    private static String unique(String prefix) {
        String n = Long.toString(System.nanoTime(), 36).toUpperCase();
        return prefix + n.substring(n.length() - Math.min(n.length(), 9 - prefix.length()));
    }

    private Answer admin(String method, String path, String body) throws Exception {
        return send(method, path, ADMIN, ADMIN_PASSWORD, body == null ? null : JSON_TYPE, body);
    }

    private void awaitEndpoint(String path, int status) throws Exception {
        await(path + " answering " + status, Duration.ofSeconds(60),
                () -> get(path, ADMIN, ADMIN_PASSWORD).status() == status);
    }

    String newStaff(String number, String... qualifications) throws Exception {
        StringBuilder q = new StringBuilder();
        for (String code : qualifications) {
            q.append(q.length() == 0 ? "" : ",").append('"').append(code).append('"');
        }
        Answer a = admin("POST", "/staff", "{\"number\":\"" + number + "\",\"name\":\"测试" + number
                + "\",\"department\":\"税务局\",\"qualifications\":[" + q + "]}");
        assertEquals(a.toString(), 201, a.status());
        return number;
    }

    Answer newWindow(String number, String a, String b) throws Exception {
        return admin("POST", "/windows", "{\"number\":\"" + number + "\",\"name\":\"税务综合窗口\",\"type\":\"COMPREHENSIVE\","
                + "\"department\":\"税务局\",\"hall\":\"政务服务大厅\",\"floor\":2," + (a == null ? "" : "\"a\":\"" + a + "\",")
                + (b == null ? "" : "\"b\":\"" + b + "\",") + "\"complaintPhone\":\"0531-12345\","
                + "\"complaintEmail\":\"ts@county.gov.cn\",\"itemCodes\":[\"TAX-1\",\"TAX-2\"]}");
    }

    /**
     * A domain feature as county IT sees it: its feature, its endpoint, its console scope, and how to leave one record
     * behind (the path to read it back). A new domain is covered by adding its line to {@link #DOMAINS}.
     */
    private record DomainFeature(String feature, String endpoint, String scope, Seed seed) {
    }

    @FunctionalInterface
    private interface Seed {
        /** Creates one record and answers the path that reads it. */
        String create(DomainsIT it) throws Exception;
    }

    private static final List<DomainFeature> DOMAINS = List.of(
            new DomainFeature("countyhall-staff", "/staff", "staff", it -> "/staff/" + it.newStaff(unique("F"))),
            new DomainFeature("countyhall-windows", "/windows", "windows", it -> {
                String w = unique("F");
                assertEquals(201, it.newWindow(w, null, null).status());
                return "/windows/" + w + "/details";
            }),
            // alone on core: the office states who the holder is (no staff directory to ask)
            new DomainFeature("countyhall-badges", "/badges/cards", "badges", it -> {
                Answer a = it.admin("POST", "/badges/cards", "{\"holder\":\"" + unique("F") + "\",\"chipUid\":\""
                        + String.format("%08X", System.nanoTime() & 0xFFFFFFFFL) + "\",\"name\":\"张三\","
                        + "\"unit\":\"政务服务中心\",\"building\":\"MAIN\"}");
                assertEquals(a.toString(), 201, a.status());
                return "/badges/cards/" + a.json().get("card").get("number").asText();
            }));

    @Test
    public void everyDomainFeatureInstallsAloneOnCoreKeepsItsDataAndComesOffInReverseOrder() throws Exception {
        for (int i = DOMAINS.size() - 1; i >= 0; i--) {
            uninstallFeature(DOMAINS.get(i).feature());
        }
        List<String> records = new ArrayList<>();
        for (DomainFeature d : DOMAINS) {
            installFeatures(d.feature());                                   // alone on core
            awaitEndpoint(d.endpoint(), 200);
            String record = d.seed().create(this);
            assertTrue(d.feature() + " in the OpenAPI index", admin("GET", "/openapi", null).body()
                    .contains("\"" + d.endpoint().substring(1).split("/")[0] + "\""));
            assertTrue(console(ADMIN, ADMIN_PASSWORD, "help " + d.scope()).contains(d.scope() + ":"));
            uninstallFeature(d.feature());
            awaitEndpoint(d.endpoint(), 404);
            installFeatures(d.feature());
            awaitEndpoint(d.endpoint(), 200);
            assertEquals(d.feature() + ": " + record + " kept", 200, admin("GET", record, null).status());
            records.add(record);
            uninstallFeature(d.feature());
            awaitEndpoint(d.endpoint(), 404);
        }
        installFeatures(DOMAINS.stream().map(DomainFeature::feature).toArray(String[]::new));   // all together
        for (DomainFeature d : DOMAINS) {
            awaitEndpoint(d.endpoint(), 200);
        }
        for (String record : records) {
            assertEquals(record, 200, admin("GET", record, null).status());
        }
        for (int i = DOMAINS.size() - 1; i >= 0; i--) {                 // off in reverse order: the rest still work
            uninstallFeature(DOMAINS.get(i).feature());
            awaitEndpoint(DOMAINS.get(i).endpoint(), 404);
            for (int j = 0; j < i; j++) {
                assertEquals(DOMAINS.get(j).endpoint(), 200, get(DOMAINS.get(j).endpoint(), ADMIN, ADMIN_PASSWORD)
                        .status());
                assertEquals(200, admin("GET", records.get(j), null).status());
            }
        }
    }

    @Test
    public void aDepartmentHeadReadsOnlyTheLeaveOfTheirOwnDepartment() throws Exception {
        installFeatures("countyhall-staff", "countyhall-windows");
        awaitEndpoint("/windows/leaves", 200);
        String ours = newStaff(unique("DA"));                      // 税务局
        String head = newStaff(unique("DH"));                      // 税务局, the head
        String theirs = unique("DB");
        assertEquals(201, admin("POST", "/staff", "{\"number\":\"" + theirs + "\",\"name\":\"人社" + theirs
                + "\",\"department\":\"人社局\"}").status());
        for (String who : new String[] {ours, theirs}) {
            Answer leave = admin("POST", "/windows/leaves", "{\"staffNumber\":\"" + who + "\",\"firstDay\":\"2032-05-10\","
                    + "\"lastDay\":\"2032-05-10\",\"reason\":\"病假\"}");
            assertEquals(leave.toString(), 201, leave.status());
        }
        String headUser = createUser("head", "Head-pass-2026", head, "dept-head");
        String range = "/windows/leaves?from=2032-05-10&to=2032-05-10&limit=500";
        JsonNode seen = get(range, headUser, "Head-pass-2026").json();
        List<String> people = new ArrayList<>();
        seen.get("items").forEach(l -> people.add(l.get("staffNumber").asText()));
        assertTrue(people.toString(), people.contains(ours));
        assertFalse(people.toString(), people.contains(theirs));
        assertEquals(0, get("/windows/leaves?from=2032-05-10&to=2032-05-10&staff=" + theirs, headUser,
                "Head-pass-2026").json().get("total").asInt());
        // the office sees both departments
        List<String> all = new ArrayList<>();
        get(range, ADMIN, ADMIN_PASSWORD).json().get("items").forEach(l -> all.add(l.get("staffNumber").asText()));
        assertTrue(all.toString(), all.containsAll(List.of(ours, theirs)));
        // a department head without a staff record has no department
        String nobody = createUser("headless", "Headless-pass-2026", "ZZ404", "dept-head");
        Answer refused = get(range, nobody, "Headless-pass-2026");
        assertEquals(refused.toString(), 403, refused.status());
        assertTrue(refused.isProblem());
    }

    @Test
    public void theWindowRegistryWorksAloneAndSaysStaffNumbersWereNotChecked() throws Exception {
        uninstallFeature("countyhall-staff");
        installFeatures("countyhall-windows");
        awaitEndpoint("/staff", 404);
        awaitEndpoint("/windows", 200);

        String w = unique("W");
        Answer created = newWindow(w, "P-A1", "P-B1");
        assertEquals(created.toString(), 201, created.status());
        assertFalse(created.json().get("staffChecked").asBoolean());
        assertTrue(created.location(), created.location().endsWith("/api/v1/windows/" + w + "/details"));

        // the posting is public, carries no staff numbers, and counts the staff
        Answer posting = get("/windows/" + w, null, null);
        assertEquals(200, posting.status());
        assertEquals(2, posting.json().get("staffCount").asInt());
        assertFalse(posting.body(), posting.body().contains("P-A1"));
        assertEquals("[\"08:30-12:00\",\"14:30-17:00\"]", posting.json().get("hours").toString());
        // the registry itself is not
        assertEquals(401, get("/windows/" + w + "/details", null, null).status());
        assertEquals(401, send("POST", "/windows", null, null, JSON_TYPE, "{}").status());

        // leave of two working days (Fri..Mon) without a substitute is refused, one day is granted
        Answer refused = admin("POST", "/windows/leaves",
                "{\"staffNumber\":\"P-A1\",\"firstDay\":\"2031-01-03\",\"lastDay\":\"2031-01-06\"}");
        assertEquals(refused.body(), 409, refused.status());
        assertTrue(refused.body(), refused.body().contains("2 working days"));
        Answer granted = admin("POST", "/windows/leaves",
                "{\"staffNumber\":\"P-A1\",\"firstDay\":\"2031-01-03\",\"lastDay\":\"2031-01-03\"}");
        assertEquals(granted.body(), 201, granted.status());
        // now B cannot take the same day: the window would be unstaffed
        Answer unstaffed = admin("POST", "/windows/leaves",
                "{\"staffNumber\":\"P-B1\",\"firstDay\":\"2031-01-03\",\"lastDay\":\"2031-01-03\"}");
        assertEquals(unstaffed.body(), 409, unstaffed.status());
        assertTrue(unstaffed.body(), unstaffed.body().contains("unstaffed on 2031-01-03"));
        // nor can B's post be emptied, or the window be closed and reopened without B, during the granted leave
        Answer emptied = admin("PUT", "/windows/" + w + "/posts/b", "{\"staffNumber\":null}");
        assertEquals(emptied.body(), 409, emptied.status());
        assertEquals("urn:countyhall:problem:assignment-refused", emptied.json().get("type").asText());
        assertTrue(emptied.body(), emptied.body().contains("unstaffed on 2031-01-03"));
        assertEquals("P-B1", admin("GET", "/windows/" + w + "/details", null).json().get("b").asText());
        // once the leave is cancelled, it can
        long leaveId = granted.json().get("id").asLong();
        assertEquals(204, admin("DELETE", "/windows/leaves/" + leaveId, null).status());
        Answer nowEmptied = admin("PUT", "/windows/" + w + "/posts/b", "{\"staffNumber\":null}");
        assertEquals(nowEmptied.body(), 200, nowEmptied.status());
    }

    @Test
    public void theStaffDirectoryWorksAlone() throws Exception {
        uninstallFeature("countyhall-windows");
        installFeatures("countyhall-staff");
        awaitEndpoint("/windows", 404);
        awaitEndpoint("/staff", 200);

        String s = newStaff(unique("S"), "TAX-1");
        assertEquals("[]", admin("GET", "/staff/" + s + "/departure-vetoes", null).body());
        Answer left = admin("POST", "/staff/" + s + "/departure", "{\"reason\":\"调动\"}");
        assertEquals(left.body(), 200, left.status());
        assertEquals("LEFT", left.json().get("state").asText());
        String out = console(ADMIN, ADMIN_PASSWORD, "staff:show " + s);
        assertTrue(out, out.contains("LEFT"));
    }

    @Test
    public void aPhoneIsMaskedInEveryListAndForColleaguesAndShownInFullToTheOffice() throws Exception {
        installFeatures("countyhall-staff");
        awaitEndpoint("/staff", 200);
        String s = unique("S");
        Answer made = admin("POST", "/staff", "{\"number\":\"" + s + "\",\"name\":\"测试\",\"department\":\"政务服务中心\","
                + "\"phone\":\"139 0571 2345\"}");
        assertEquals(made.body(), 201, made.status());
        String colleague = createUser("colleague", "Colleague-pass-2026", unique("S"), "window");

        assertEquals("13905712345", admin("GET", "/staff/" + s, null).json().get("phone").asText());
        assertEquals("139****2345", get("/staff/" + s, colleague, "Colleague-pass-2026").json().get("phone").asText());
        assertEquals("139****2345", admin("GET", "/staff?q=" + s, null).json().get("items").get(0).get("phone")
                .asText());
        String list = console(ADMIN, ADMIN_PASSWORD, "staff:list " + s);
        assertTrue(list, list.contains("139****2345") && !list.contains("13905712345"));
        String show = console(ADMIN, ADMIN_PASSWORD, "staff:show " + s);
        assertTrue(show, show.contains("13905712345"));
        // a list's masked value sent back is a 400 naming the field, and the phone stays
        long version = admin("GET", "/staff/" + s, null).json().get("version").asLong();
        Answer back = admin("PUT", "/staff/" + s, "{\"name\":\"测试\",\"department\":\"政务服务中心\","
                + "\"phone\":\"139****2345\",\"version\":" + version + "}");
        assertEquals(back.body(), 400, back.status());
        assertTrue(back.body(), back.body().contains("\"phone\""));
        assertEquals("13905712345", admin("GET", "/staff/" + s, null).json().get("phone").asText());
    }

    @Test
    public void everyOfficeTaskOfBothDomainsIsOnTheConsole() throws Exception {
        installFeatures("countyhall-staff", "countyhall-windows");
        awaitEndpoint("/windows", 200);
        String a = newStaff(unique("S"), "TAX-1", "TAX-2");
        String b = newStaff(unique("S"), "TAX-1", "TAX-2");
        String w = unique("W");
        assertEquals(201, newWindow(w, a, b).status());

        console(ADMIN, ADMIN_PASSWORD, "staff:update --department 不动产登记中心 --position 科长 --role WINDOW_MANAGER "
                + "--role WINDOW_STAFF " + a);
        JsonNode person = admin("GET", "/staff/" + a, null).json();
        assertEquals("[\"WINDOW_STAFF\",\"WINDOW_MANAGER\"]", person.get("roles").toString());
        assertEquals("不动产登记中心", person.get("department").asText());
        assertEquals("科长", person.get("position").asText());
        assertEquals("测试" + a, person.get("name").asText()); // kept

        console(ADMIN, ADMIN_PASSWORD, "windows:update --name 不动产综合窗口 --floor 3 " + w);
        console(ADMIN, ADMIN_PASSWORD, "windows:state " + w + " PAUSED");
        JsonNode window = admin("GET", "/windows/" + w + "/details", null).json();
        assertEquals("不动产综合窗口", window.get("name").asText());
        assertEquals(3, window.get("floor").asInt());
        assertEquals("PAUSED", window.get("state").asText());
        assertEquals(a, window.get("a").asText()); // posts kept

        console(ADMIN, ADMIN_PASSWORD, "windows:leave --reason 事假 " + a + " 2031-03-03 2031-03-03");
        String leaves = console(ADMIN, ADMIN_PASSWORD, "windows:leaves --staff " + a + " --from 2031-03-01");
        assertTrue(leaves, leaves.contains("2031-03-03") && leaves.contains("1 of 1"));
        long id = admin("GET", "/windows/leaves?staff=" + a + "&from=2031-03-01", null).json().get("items").get(0)
                .get("id").asLong();
        console(ADMIN, ADMIN_PASSWORD, "windows:leave-cancel " + id);
        assertEquals(0, admin("GET", "/windows/leaves?staff=" + a + "&from=2031-03-01", null).json().get("total")
                .asInt());

        // an admin stores a photo from the import folder, as an import reads its file
        java.nio.file.Path folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of(
                System.getProperty("karaf.data"), "countyhall", "import"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4};
        java.nio.file.Files.write(folder.resolve(b + ".png"), png);
        String stored = console(ADMIN, ADMIN_PASSWORD, "staff:photo --type image/png " + b + " " + b + ".png");
        assertTrue(stored, stored.contains("stored (image/png, 12 bytes)"));
        assertEquals(200, admin("GET", "/staff/" + b + "/photo", null).status());
        console(ADMIN, ADMIN_PASSWORD, "staff:photo --delete " + b);
        assertEquals(404, admin("GET", "/staff/" + b + "/photo", null).status());
    }

    @Test
    public void aTransferIsVetoedByTheWindowsOfTheOldDepartmentAndAForcedOneEmptiesThosePosts() throws Exception {
        installFeatures("countyhall-staff", "countyhall-windows");
        awaitEndpoint("/windows", 200);
        String a = newStaff(unique("S"), "TAX-1", "TAX-2");
        String b = newStaff(unique("S"), "TAX-1", "TAX-2");
        String w = unique("W");
        assertEquals(201, newWindow(w, a, b).status()); // 税务局

        Answer vetoes = admin("GET", "/staff/" + b + "/transfer-vetoes?toDepartment=" + java.net.URLEncoder.encode(
                "不动产登记中心", java.nio.charset.StandardCharsets.UTF_8), null);
        assertEquals(vetoes.body(), 200, vetoes.status());
        assertTrue(vetoes.body(), vetoes.body().contains("holds the B post at window " + w));
        Answer refused = admin("POST", "/staff/" + b + "/transfer",
                "{\"toDepartment\":\"不动产登记中心\",\"reason\":\"工作需要\"}");
        assertEquals(refused.body(), 409, refused.status());
        assertTrue(refused.body(), refused.body().contains("transfer-vetoed"));
        // a move to another building of the same department keeps the posts and needs nobody's consent
        Answer building = admin("POST", "/staff/" + a + "/transfer",
                "{\"toDepartment\":\"税务局\",\"toBuilding\":\"OTHER\",\"reason\":\"搬迁\"}");
        assertEquals(building.body(), 200, building.status());

        String out = console(ADMIN, ADMIN_PASSWORD, "staff:transfer --force 局党组决定 " + b + " 不动产登记中心 工作需要");
        assertTrue(out, out.contains("moved to 不动产登记中心"));
        await("the B post emptied by the transfer consumer", Duration.ofSeconds(20),
                () -> admin("GET", "/windows/" + w + "/details", null).json().get("b").isNull());
        JsonNode person = admin("GET", "/staff/" + b, null).json();
        assertEquals("ACTIVE", person.get("state").asText());
        assertEquals("不动产登记中心", person.get("department").asText());
        assertEquals(a, admin("GET", "/windows/" + w + "/details", null).json().get("a").asText());
    }

    @Test
    public void aDepartureIsVetoedWhileThePersonHoldsAPostAndAllowedAfterReassignment() throws Exception {
        installFeatures("countyhall-staff", "countyhall-windows");
        awaitEndpoint("/staff", 200);
        awaitEndpoint("/windows", 200);
        String a = newStaff(unique("S"), "TAX-1", "TAX-2");
        String b = newStaff(unique("S"), "TAX-1", "TAX-2");
        String c = newStaff(unique("S"), "TAX-1", "TAX-2");
        String w = unique("W");
        Answer created = newWindow(w, a, b);
        assertEquals(created.body(), 201, created.status());
        assertTrue(created.json().get("staffChecked").asBoolean());
        // with the directory installed, unknown staff numbers are refused
        Answer unknown = newWindow(unique("W"), "NOBODY-1", null);
        assertEquals(400, unknown.status());
        assertTrue(unknown.body(), unknown.body().contains("no staff member NOBODY-1"));

        await("windows' departure check registered", Duration.ofSeconds(20),
                () -> admin("GET", "/staff/" + a + "/departure-vetoes", null).body().contains("windows"));
        Answer vetoed = admin("POST", "/staff/" + a + "/departure", "{\"reason\":\"退休\"}");
        assertEquals(vetoed.body(), 409, vetoed.status());
        assertEquals("urn:countyhall:problem:departure-vetoed", vetoed.json().get("type").asText());
        assertTrue(vetoed.body(), vetoed.body().contains("holds the A post at window " + w));
        assertEquals("ACTIVE", admin("GET", "/staff/" + a, null).json().get("state").asText());

        Answer reassigned = admin("PUT", "/windows/" + w + "/posts/a", "{\"staffNumber\":\"" + c + "\"}");
        assertEquals(reassigned.body(), 200, reassigned.status());

        // a substitute named in granted leave cannot leave either, until that leave is withdrawn
        String d = newStaff(unique("S"), "TAX-1", "TAX-2");
        Answer leave = admin("POST", "/windows/leaves", "{\"staffNumber\":\"" + c + "\",\"firstDay\":\"2031-03-03\","
                + "\"lastDay\":\"2031-03-04\",\"substitute\":\"" + d + "\"}");
        assertEquals(leave.body(), 201, leave.status());
        Answer subVetoed = admin("POST", "/staff/" + d + "/departure", "{\"reason\":\"调动\"}");
        assertEquals(subVetoed.body(), 409, subVetoed.status());
        assertTrue(subVetoed.body(), subVetoed.body().contains("is the substitute (补岗) for " + c
                + "'s leave 2031-03-03..2031-03-04"));
        assertEquals(204, admin("DELETE", "/windows/leaves/" + leave.json().get("id").asLong(), null).status());
        assertEquals(200, admin("POST", "/staff/" + d + "/departure", "{\"reason\":\"调动\"}").status());
        Answer left = admin("POST", "/staff/" + a + "/departure", "{\"reason\":\"退休\"}");
        assertEquals(left.body(), 200, left.status());
        assertFalse(left.json().get("departureForced").asBoolean());

        // forcing over a veto is recorded and announced to the vetoing bundles
        Answer forced = admin("POST", "/staff/" + b + "/departure",
                "{\"reason\":\"调动\",\"force\":true,\"forceReason\":\"县委组织部紧急调令\"}");
        assertEquals(forced.body(), 200, forced.status());
        assertTrue(forced.json().get("departureForced").asBoolean());
        EventOutbox outbox = service(EventOutbox.class);
        List<OutboxEvent> departed = new CopyOnWriteArrayList<>();
        // readable once the publisher has numbered it, a few milliseconds after the commit
        await("the DEPARTED event of " + b + " readable", Duration.ofSeconds(10), () -> {
            departed.clear();
            outbox.read(0, "org/countyhall/staff/DEPARTED", 500).stream()
                    .filter(e -> b.equals(e.payload().get("staffNumber"))).forEach(departed::add);
            return !departed.isEmpty();
        });
        assertEquals(1, departed.size());
        assertEquals(Boolean.TRUE, departed.get(0).payload().get("forced"));
        assertEquals("windows", departed.get(0).payload().get("vetoedBy"));
        // the registry hears of it and empties the post the person still held
        await("B post of " + w + " emptied", Duration.ofSeconds(20),
                () -> admin("GET", "/windows/" + w + "/details", null).json().get("b").isNull());
        assertEquals(1, get("/windows/" + w, null, null).json().get("staffCount").asInt());
    }

    @Test
    public void aDepartureRecordedWhileTheRegistryWasAwayIsHandledOnceWhenItReturns() throws Exception {
        installFeatures("countyhall-staff", "countyhall-windows");
        awaitEndpoint("/windows", 200);
        String a = newStaff(unique("S"), "TAX-1");
        String b = newStaff(unique("S"), "TAX-1");
        String w = unique("W");
        assertEquals(201, newWindow(w, a, b).status());
        uninstallFeature("countyhall-windows");
        awaitEndpoint("/windows", 404);
        // without the registry nobody vetoes: the person leaves still holding the B post
        Answer left = admin("POST", "/staff/" + b + "/departure", "{\"reason\":\"调动\"}");
        assertEquals(left.body(), 200, left.status());

        installFeatures("countyhall-windows");
        awaitEndpoint("/windows", 200);
        await("the B post emptied by the consumer's catch-up", Duration.ofSeconds(20),
                () -> admin("GET", "/windows/" + w + "/details", null).json().get("b").isNull());
        // the UPDATED event is readable once the publisher has numbered it, a few milliseconds after the commit
        await("the UPDATED event of " + w + " numbered", Duration.ofSeconds(10), () -> windowUpdates(w) == 1);

        // a restart of the registry starts from its cursor: nothing is handled twice
        uninstallFeature("countyhall-windows");
        awaitEndpoint("/windows", 404);
        installFeatures("countyhall-windows");
        awaitEndpoint("/windows", 200);
        await("the consumer running again", Duration.ofSeconds(20),
                () -> admin("GET", "/events/consumers", null).body().contains("windows.staff-departed"));
        // a later departure is handled: the consumer has read past the first one again, and left it alone
        String c = newStaff(unique("S"), "TAX-1");
        String w2 = unique("W");
        assertEquals(201, newWindow(w2, a, c).status());
        Answer forced = admin("POST", "/staff/" + c + "/departure",
                "{\"reason\":\"离职\",\"force\":true,\"forceReason\":\"测试\"}");
        assertEquals(forced.body(), 200, forced.status());
        await("the later departure handled", Duration.ofSeconds(20),
                () -> admin("GET", "/windows/" + w2 + "/details", null).json().get("b").isNull());
        assertEquals(1, windowUpdates(w));
        String consumers = console(ADMIN, ADMIN_PASSWORD, "event:consumers");
        assertTrue(consumers, consumers.contains("windows.staff-departed") && consumers.contains("ok"));
    }

    /** The registry's UPDATED events of window {@code w} (vacating a post appends one). */
    private long windowUpdates(String w) throws Exception {
        return service(EventOutbox.class).read(0, "org/countyhall/windows/UPDATED", 500).stream()
                .filter(e -> w.equals(e.payload().get("windowNumber"))).count();
    }

    @Test
    public void uninstallingTheRegistryRemovesItsEndpointsAndReinstallingKeepsItsData() throws Exception {
        installFeatures("countyhall-staff", "countyhall-windows");
        awaitEndpoint("/windows", 200);
        String s = newStaff(unique("S"), "TAX-1");
        String w = unique("W");
        assertEquals(201, newWindow(w, s, null).status());

        // the staff directory keeps answering throughout
        AtomicBoolean polling = new AtomicBoolean(true);
        List<Integer> staffFailures = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<?> poller = pool.submit(() -> {
            while (polling.get()) {
                try {
                    int status = get("/staff/" + s, ADMIN, ADMIN_PASSWORD).status();
                    if (status != 200) {
                        staffFailures.add(status);
                    }
                    Thread.sleep(50);
                } catch (Exception e) {
                    staffFailures.add(-1);
                }
            }
            return null;
        });
        try {
            uninstallFeature("countyhall-windows");
            awaitEndpoint("/windows/" + w, 404);
            assertTrue(get("/windows/" + w, null, null).isProblem());
            installFeatures("countyhall-windows");
            awaitEndpoint("/windows/" + w, 200);
        } finally {
            polling.set(false);
            poller.get(30, TimeUnit.SECONDS);
            pool.shutdown();
        }
        assertEquals("staff answers while windows went and came back", List.of(), staffFailures);
        JsonNode back = admin("GET", "/windows/" + w + "/details", null).json();
        assertEquals(s, back.get("a").asText());
        assertEquals("[\"TAX-1\",\"TAX-2\"]", back.get("itemCodes").toString());
    }

    /** The statuses of two requests started at the same moment, sorted; {@code request} gets 0 or 1. */
    private static List<Integer> twoAtOnce(ExecutorService pool, java.util.function.IntFunction<Answer> request)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            int which = i;
            answers.add(pool.submit(() -> {
                start.await();
                return request.apply(which).status();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : answers) {
            statuses.add(f.get(30, TimeUnit.SECONDS));
        }
        statuses.sort(null);
        return statuses;
    }

    private Answer unchecked(java.util.concurrent.Callable<Answer> request) {
        try {
            return request.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    public void twoClientsCreatingTheSameWindowNumberGetOne201AndOne409() throws Exception {
        installFeatures("countyhall-windows");
        awaitEndpoint("/windows", 200);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String w = unique("C");
                assertEquals("round " + round, List.of(201, 409),
                        twoAtOnce(pool, i -> unchecked(() -> newWindow(w, null, null))));
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    public void twoClientsGrantingLeaveToOnePersonAtOnceGetOne201AndOne409() throws Exception {
        uninstallFeature("countyhall-staff"); // made-up staff numbers: without the directory they are not checked
        installFeatures("countyhall-windows");
        awaitEndpoint("/windows", 200);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                // a person without posts: only the registry's coverage lock keeps the two requests apart
                String person = unique("L");
                assertEquals("round " + round, List.of(201, 409), twoAtOnce(pool, i -> unchecked(() -> admin("POST",
                        "/windows/leaves", "{\"staffNumber\":\"" + person + "\",\"firstDay\":\"2031-02-0" + (3 + i)
                                + "\",\"lastDay\":\"2031-02-05\"}")))); // different days, overlapping leave
                Answer leaves = admin("GET", "/windows/leaves?staff=" + person + "&from=2031-01-01", null);
                assertEquals(leaves.body(), 1, leaves.json().get("total").asInt());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    public void badInputIsAProblemAndWritesNothing() throws Exception {
        installFeatures("countyhall-staff", "countyhall-windows");
        awaitEndpoint("/staff", 200);
        awaitEndpoint("/windows", 200);
        long windowsBefore = admin("GET", "/windows?limit=1", null).json().get("total").asLong();
        long staffBefore = admin("GET", "/staff?limit=1", null).json().get("total").asLong();
        // audit records from now on (earlier writes' http.* trail and logins arrive in the background, dated before)
        String since = java.time.Instant.now().toString();

        String[][] bad = {
            {"POST", "/windows", "{\"number\":\"x/1\",\"name\":\"\",\"type\":\"COMPREHENSIVE\"}"},
            {"POST", "/windows", "{\"number\":\"ok1\",\"type\":\"NOT-A-TYPE\"}"},
            {"POST", "/windows", "{\"number\":\"leaves\",\"name\":\"n\",\"type\":\"COMPLAINT\",\"department\":\"d\","
                + "\"hall\":\"h\"}"},
            {"POST", "/windows", "{\"number\":\"ok2\",\"unknownField\":1}"},
            {"POST", "/windows", "{not json"},
            {"POST", "/windows/leaves", "{\"staffNumber\":\"S1\",\"firstDay\":\"2031-01-05\",\"lastDay\":\"2031-01-01\"}"},
            {"POST", "/staff", "{\"number\":\"bad number\",\"name\":\"" + "长".repeat(51) + "\",\"department\":\"d\"}"},
            {"POST", "/staff", "{\"number\":\"S1\",\"building\":\"BASEMENT\"}"},
        };
        for (String[] b : bad) {
            Answer a = admin(b[0], b[1], b[2]);
            assertEquals(b[1] + " " + b[2] + " -> " + a.body(), 400, a.status());
            assertTrue(a.toString(), a.isProblem());
        }
        String csv1 = unique("CSV");
        Answer csv = send("POST", "/staff/import", ADMIN, ADMIN_PASSWORD, "text/csv",
                "number,name,department\n" + csv1 + ",甲,税务局\n" + unique("CSV") + ",,税务局\n");
        assertEquals(400, csv.status());
        assertTrue(csv.body(), csv.body().contains("line[3].name"));
        assertEquals(404, admin("GET", "/staff/" + csv1, null).status());

        assertEquals(windowsBefore, admin("GET", "/windows?limit=1", null).json().get("total").asLong());
        assertEquals(staffBefore, admin("GET", "/staff?limit=1", null).json().get("total").asLong());
        Thread.sleep(1000); // longer than the deferred audit's 0.5 s: a wrongly recorded write would be there now
        List<String> recorded = new ArrayList<>();
        admin("GET", "/audit?limit=100&from=" + since, null).json().get("items").forEach(e -> {
            if (!e.get("action").asText().startsWith("login.")) {
                recorded.add(e.get("action").asText() + " " + e.get("target").asText());
            }
        });
        assertEquals("nothing audited but logins", List.of(), recorded);
    }
}
