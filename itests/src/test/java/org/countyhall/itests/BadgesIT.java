package org.countyhall.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import org.countyhall.badges.api.spi.CardFee;
import org.countyhall.badges.api.spi.CardFeePolicy;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * Badges and access cards in the real distribution (L555–L593): departures and transfers out of the main building
 * wait for the card, a forced one (also while badges was away) books the 100.00 fine through the core consumer, the
 * daily check announces an unreported loss once, and an integrator's fee policy registered at runtime changes the
 * next fee. The feature alone on core is walked by DomainsIT.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class BadgesIT extends CountyHallTestSupport {

    private static final String JSON_TYPE = "application/json";

    @Configuration
    public Option[] config() throws Exception {
        return distribution();
    }

    private static String unique(String prefix) {
        String n = Long.toString(System.nanoTime(), 36).toUpperCase();
        return prefix + n.substring(n.length() - Math.min(n.length(), 9 - prefix.length()));
    }

    /** A chip UID unique to this run: 8 hex digits. */
    private static String chip() {
        return String.format("%08X", (int) (System.nanoTime() ^ (System.nanoTime() >>> 32)));
    }

    private Answer admin(String method, String path, String body) throws Exception {
        return send(method, path, ADMIN, ADMIN_PASSWORD, body == null ? null : JSON_TYPE, body);
    }

    private void ready() throws Exception {
        installFeatures("countyhall-staff", "countyhall-badges");
        await("badges and staff answering", Duration.ofSeconds(60),
                () -> get("/badges/cards", ADMIN, ADMIN_PASSWORD).status() == 200
                        && get("/staff", ADMIN, ADMIN_PASSWORD).status() == 200);
    }

    private String person(String building) throws Exception {
        String number = unique("B");
        Answer a = admin("POST", "/staff", "{\"number\":\"" + number + "\",\"name\":\"持卡人" + number
                + "\",\"department\":\"税务局\",\"building\":\"" + building + "\"}");
        assertEquals(a.toString(), 201, a.status());
        return number;
    }

    private JsonNode issue(String holder) throws Exception {
        Answer a = admin("POST", "/badges/cards", "{\"holder\":\"" + holder + "\",\"chipUid\":\"" + chip() + "\"}");
        assertEquals(a.toString(), 201, a.status());
        return a.json();
    }

    private long fines(String holder) throws Exception {
        Answer a = admin("GET", "/badges/holders/" + holder + "/account", null);
        return a.status() == 200 ? a.json().get("finesFen").asLong() : -1;
    }

    @Test
    public void aDepartureWaitsForTheCardAndAForcedOneBooksThe100YuanFine() throws Exception {
        ready();
        String holder = person("MAIN");
        JsonNode issued = issue(holder);
        assertEquals(1000, issued.get("depositFen").asLong());
        String card = issued.get("card").get("number").asText();
        await("the badges departure check registered", Duration.ofSeconds(20),
                () -> admin("GET", "/staff/" + holder + "/departure-vetoes", null).body().contains("badges"));
        Answer vetoed = admin("POST", "/staff/" + holder + "/departure", "{\"reason\":\"离职\"}");
        assertEquals(vetoed.body(), 409, vetoed.status());
        assertTrue(vetoed.body(), vetoed.body().contains("card " + card + " is not handed in"));

        Answer handed = admin("POST", "/badges/cards/" + card + "/hand-in", "{}");
        assertEquals(handed.body(), 200, handed.status());
        assertEquals("RETURNED", handed.json().get("state").asText());
        assertEquals(0, admin("GET", "/badges/holders/" + holder + "/account", null).json().get("depositHeldFen").asLong());
        assertEquals(200, admin("POST", "/staff/" + holder + "/departure", "{\"reason\":\"离职\"}").status());
        assertEquals(0, fines(holder));

        String forced = person("MAIN");
        String forcedCard = issue(forced).get("card").get("number").asText();
        Answer f = admin("POST", "/staff/" + forced + "/departure",
                "{\"reason\":\"离职\",\"force\":true,\"forceReason\":\"本人未到场\"}");
        assertEquals(f.body(), 200, f.status());
        await("the fine booked by the consumer", Duration.ofSeconds(20), () -> fines(forced) == 10000);
        assertEquals("REVOKED", admin("GET", "/badges/cards/" + forcedCard, null).json().get("state").asText());
        String month = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString().substring(0, 7);
        Answer csv = admin("GET", "/badges/fines/csv?month=" + month + "&unit=%E7%A8%8E%E5%8A%A1%E5%B1%80", null);
        assertEquals(200, csv.status());
        assertTrue(csv.body(), csv.body().contains(forced + ",持卡人" + forced + ",1,100.00"));
    }

    @Test
    public void aTransferOutOfTheMainBuildingWaitsForTheCard() throws Exception {
        ready();
        String holder = person("MAIN");
        String card = issue(holder).get("card").get("number").asText();
        await("the badges transfer check registered", Duration.ofSeconds(20), () -> admin("GET", "/staff/" + holder
                + "/transfer-vetoes?toDepartment=%E7%89%A9%E6%B5%81&toBuilding=OTHER", null).body().contains("badges"));
        Answer vetoed = admin("POST", "/staff/" + holder + "/transfer",
                "{\"toDepartment\":\"物流公司\",\"toBuilding\":\"OTHER\",\"reason\":\"调动\"}");
        assertEquals(vetoed.body(), 409, vetoed.status());
        assertTrue(vetoed.body(), vetoed.body().contains(card));
        assertEquals(200, admin("POST", "/badges/cards/" + card + "/hand-in", "{}").status());
        Answer moved = admin("POST", "/staff/" + holder + "/transfer",
                "{\"toDepartment\":\"物流公司\",\"toBuilding\":\"OTHER\",\"reason\":\"调动\"}");
        assertEquals(moved.body(), 200, moved.status());
        // outside the main building now: a new card needs a department head's application (L556)
        Answer refused = admin("POST", "/badges/cards", "{\"holder\":\"" + holder + "\",\"chipUid\":\"" + chip() + "\"}");
        assertEquals(refused.body(), 400, refused.status());
        assertTrue(refused.isProblem());
        assertTrue(refused.body(), refused.body().contains("application"));
    }

    @Test
    public void aDepartureWhileBadgesWasUninstalledBooksTheFineWhenItComesBack() throws Exception {
        ready();
        String holder = person("MAIN");
        issue(holder);
        uninstallFeature("countyhall-badges");
        await("badges gone", Duration.ofSeconds(60), () -> get("/badges/cards", ADMIN, ADMIN_PASSWORD).status() == 404);
        Answer left = admin("POST", "/staff/" + holder + "/departure", "{\"reason\":\"离职\"}");
        assertEquals(left.body(), 200, left.status()); // nobody vetoes: badges is not there
        ready();
        await("the fine booked on the consumer's catch-up", Duration.ofSeconds(30), () -> fines(holder) == 10000);
        // reversed when the card comes back later
        JsonNode lines = admin("GET", "/badges/holders/" + holder + "/account", null).json().get("lines").get("items");
        long fine = lines.get(0).get("id").asLong();
        assertEquals("FINE", lines.get(0).get("kind").asText());
        Answer reversed = admin("POST", "/badges/lines/" + fine + "/reversal", "{\"reason\":\"卡已交回\"}");
        assertEquals(reversed.body(), 201, reversed.status());
        assertEquals(0, fines(holder));
    }

    @Test
    public void theDailyCheckAnnouncesAnUnreportedLossOnceWhenTheDayIsCheckedTwice() throws Exception {
        ready();
        String topic = "org/countyhall/badges/LOSS_UNREPORTED";
        List<String> received = new CopyOnWriteArrayList<>();
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(EventConstants.EVENT_TOPIC, topic);
        ServiceRegistration<EventHandler> handler = bundleContext.registerService(EventHandler.class,
                e -> received.add(String.valueOf(e.getProperty("staffNumber"))), props);
        try {
            String holder = person("MAIN");
            String card = issue(holder).get("card").get("number").asText();
            Answer finding = admin("POST", "/badges/findings", "{\"kind\":\"CARD_FOUND\",\"card\":\"" + card + "\"}");
            assertEquals(finding.body(), 201, finding.status());
            String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
            Answer first = admin("POST", "/badges/daily-check?date=" + today, null);
            assertEquals(first.body(), 200, first.status());
            assertTrue(first.body(), first.body().contains(holder));
            String again = console(ADMIN, ADMIN_PASSWORD, "badges:daily-check --date " + today);
            assertTrue(again, again.contains("0 unreported loss(es)"));
            // a barrier instead of a pause: a later loss's event arrives after any duplicate of the first would
            String marker = person("MAIN");
            String markerCard = issue(marker).get("card").get("number").asText();
            admin("POST", "/badges/findings", "{\"kind\":\"CARD_FOUND\",\"card\":\"" + markerCard + "\"}");
            admin("POST", "/badges/daily-check?date=" + today, null);
            await("the marker's event", Duration.ofSeconds(20), () -> received.contains(marker));
            assertEquals(1, received.stream().filter(holder::equals).count());
        } finally {
            handler.unregister();
        }
    }

    @Test
    public void aHigherRankedFeePolicyRegisteredAtRuntimeChangesTheNextFeeAndItsRemovalRestoresOurs() throws Exception {
        ready();
        ServiceRegistration<?> local = CountyFees.register(bundleContext);
        try {
            String holder = person("MAIN");
            JsonNode issued = issue(holder);
            assertEquals(3000, issued.get("depositFen").asLong());
            assertEquals("county deposit of 30 yuan", issued.get("feeRule").asText());
        } finally {
            local.unregister();
        }
        assertEquals(1000, issue(person("MAIN")).get("depositFen").asLong());
    }

    @Test
    public void theOfficeWorksTheDeskAtTheConsoleAndWindowStaffOnlyReportTheirOwnCardLost() throws Exception {
        ready();
        String clerkNumber = person("MAIN");
        String tellerNumber = person("MAIN");
        String clerk = createUser("bclerk", "Bclerk-pass-2026", clerkNumber, "office");
        String teller = createUser("bteller", "Bteller-pass-2026", tellerNumber, "window");
        String chip = chip();
        String out = console(clerk, "Bclerk-pass-2026", "badges:issue " + tellerNumber + " " + chip);
        assertTrue(out, out.contains("Deposit 10.00, fee 0.00 yuan"));
        String number = admin("GET", "/badges/cards/" + chip, null).json().get("number").asText();
        String other = issue(clerkNumber).get("card").get("number").asText();
        Answer notMine = send("POST", "/badges/cards/" + other + "/loss", teller, "Bteller-pass-2026", null, null);
        assertEquals(notMine.body(), 403, notMine.status());
        assertTrue(notMine.isProblem());
        String lost = console(teller, "Bteller-pass-2026", "badges:report-loss " + number);
        assertTrue(lost, lost.contains("LOST"));
        // the ACL: issuing is the office's (Karaf hides a command the ACL refuses: "Command not found")
        Exception refused = null;
        try {
            console(teller, "Bteller-pass-2026", "badges:issue " + tellerNumber + " " + chip());
        } catch (Exception e) {
            refused = e;
        }
        assertTrue(String.valueOf(refused), refused instanceof SecurityException || refused != null
                && refused.getClass().getName().equals("org.apache.felix.gogo.runtime.CommandNotFoundException"));
        assertEquals(1, admin("GET", "/badges/cards?holder=" + tellerNumber, null).json().get("total").asInt());
        String account = console(clerk, "Bclerk-pass-2026", "badges:account " + tellerNumber);
        assertTrue(account, account.contains("deposit held 10.00"));
    }

    @Test
    public void aCardDeactivatedOverRestLeavesTheControllersNextSync() throws Exception {
        ready();
        String controller = createUser("door", "Door-pass-2026-x", unique("D"), "door");
        String door = "E" + unique("").substring(1);
        Answer added = admin("POST", "/badges/doors", "{\"doorId\":\"" + door + "\",\"location\":\"主楼东门\","
                + "\"controller\":\"" + controller + "\"}");
        assertEquals(added.body(), 201, added.status());
        String holder = person("MAIN");
        JsonNode card = issue(holder).get("card");
        String chip = card.get("chipUid").asText();

        Answer full = send("GET", "/badges/doors/" + door + "/cards", controller, "Door-pass-2026-x", null, null);
        assertEquals(full.body(), 200, full.status());
        assertTrue(full.body(), full.body().contains("\"" + chip + "\""));
        long cursor = full.json().get("cursor").asLong();

        assertEquals(200, admin("POST", "/badges/cards/" + card.get("number").asText() + "/loss", null).status());
        Answer changes = send("GET", "/badges/doors/" + door + "/cards/changes?after=" + cursor, controller,
                "Door-pass-2026-x", null, null);
        assertEquals(changes.body(), 200, changes.status());
        JsonNode list = changes.json().get("changes");
        assertEquals(changes.body(), 1, list.size());
        assertEquals(chip, list.get(0).get("chipUid").asText());
        assertEquals(false, list.get(0).get("allowed").asBoolean());
        Answer again = send("GET", "/badges/doors/" + door + "/cards", controller, "Door-pass-2026-x", null, null);
        assertTrue(again.body(), !again.body().contains("\"" + chip + "\""));
        // a device account reads nothing else of the desk
        assertEquals(403, send("GET", "/badges/cards", controller, "Door-pass-2026-x", null, null).status());
        JsonNode doors = admin("GET", "/badges/doors", null).json();
        boolean synced = false;
        for (JsonNode d : doors) {
            synced |= door.equals(d.get("doorId").asText()) && !d.get("lastSyncAt").isNull();
        }
        assertTrue(doors.toString(), synced);
    }

    /**
     * An integrator's fee policy: a class of its own, so that the test class names no badges type in its methods
     * (the probe loads it before the badges feature is installed).
     */
    static final class CountyFees implements CardFeePolicy {

        static ServiceRegistration<?> register(org.osgi.framework.BundleContext context) {
            Dictionary<String, Object> props = new Hashtable<>();
            props.put(Constants.SERVICE_RANKING, 100);
            return context.registerService(CardFeePolicy.class, new CountyFees(), props);
        }

        @Override
        public CardFee fee(org.countyhall.badges.api.spi.FeeRequest request) {
            return new CardFee(3000, 0, "county deposit of 30 yuan");
        }
    }
}
