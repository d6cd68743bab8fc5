package org.countyhall.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.countyhall.core.api.db.Transactions;
import org.countyhall.core.api.event.EventOutbox;
import org.countyhall.core.api.event.OutboxEvent;
import org.countyhall.core.api.job.JobRunner;
import org.countyhall.core.api.job.JobRunner.Outcome;
import org.countyhall.core.api.job.PeriodicJob;
import org.countyhall.core.api.notify.Inbox;
import org.countyhall.core.api.notify.Notifier;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/** Console as a non-Karaf-admin user, jobs, the event outbox and the inbox, in the real distribution. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformServicesIT extends CountyHallTestSupport {

    // Looked up after the readiness wait, not injected: injection happens before it and would give up
    // without the wait's rescue (see CountyHallTestSupport.awaitReady).
    private JobRunner jobs;
    private EventOutbox outbox;
    private Transactions tx;
    private Inbox inbox;
    private org.osgi.service.cm.ConfigurationAdmin configAdmin;

    @Before
    public void lookUpServices() throws Exception {
        jobs = service(JobRunner.class);
        outbox = service(EventOutbox.class);
        tx = service(Transactions.class);
        inbox = service(Inbox.class);
        configAdmin = service(org.osgi.service.cm.ConfigurationAdmin.class);
    }

    @Configuration
    public Option[] config() throws Exception {
        return distribution();
    }

    @Test
    public void anOfficeUserRunsOfficeCommandsButNotAdminOrKarafCommands() throws Exception {
        String clerk = createUser("console", "Console-pass-2026", "S200", "office");
        String added = console(clerk, "Console-pass-2026", "calendar:holiday-add 2032-01-01 HOLIDAY 元旦");
        assertTrue(added, added.contains("Added 2032-01-01 HOLIDAY"));
        String list = console(clerk, "Console-pass-2026", "calendar:holiday-list --year 2032");
        assertTrue(list, list.contains("2032-01-01") && list.contains("元旦"));

        assertDenied(clerk, "Console-pass-2026", "user:list");
        assertDenied(clerk, "Console-pass-2026", "audit:list");
        assertDenied(clerk, "Console-pass-2026", "shell:exec ls");
        // nothing of Karaf's own administration: files, scheduler, components, raw events
        assertDenied(clerk, "Console-pass-2026", "head etc/users.properties");
        assertDenied(clerk, "Console-pass-2026", "scheduler:list");
        assertDenied(clerk, "Console-pass-2026", "scr:list");
        assertDenied(clerk, "Console-pass-2026", "event:send org/countyhall/staff/DEPARTED");
        assertDenied(clerk, "Console-pass-2026", "config:list");

        String users = console(ADMIN, ADMIN_PASSWORD, "user:list " + clerk);
        assertTrue(users, users.contains(clerk) && users.contains("office"));
        // the CountyHall admin is not Karaf's admin either
        assertDenied(ADMIN, ADMIN_PASSWORD, "shell:exec ls");
        String audit = console(ADMIN, ADMIN_PASSWORD, "audit:list --action calendar.day");
        assertTrue(audit, audit.contains(clerk));
    }

    @Test
    public void theSshConsoleAcceptsADatabaseUserThroughBinClient() throws Exception {
        String clerk = createUser("ssh", "Ssh-pass-2026", "S201", "office");
        File home = new File(System.getProperty("karaf.home"));
        Process p = new ProcessBuilder(new File(home, "bin/client").getAbsolutePath(), "-a",
                System.getProperty("countyhall.it.sshPort"), "-u", clerk, "-p", "Ssh-pass-2026", "-b")
                .directory(home).redirectErrorStream(true).start();
        p.getOutputStream().write("calendar:show hall\n".getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        assertTrue("bin/client finished", p.waitFor(60, TimeUnit.SECONDS));
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(out, out.contains("Calendar hall") && out.contains("08:30-12:00"));
    }

    @Test
    public void aJobClaimedTwiceForTheSamePeriodRunsOnce() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        String name = "it.counting-" + System.nanoTime();
        ServiceRegistration<PeriodicJob> reg = bundleContext.registerService(PeriodicJob.class, new PeriodicJob() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String cron() {
                return "0 0 3 1 1 ? 2099";
            }

            @Override
            public Period period() {
                return Period.MONTH;
            }

            @Override
            public void run(LocalDate date) {
                runs.incrementAndGet();
            }
        }, null);
        try {
            await("job registered", Duration.ofSeconds(10), () -> jobs.jobs().contains(name));
            assertEquals(Outcome.RAN, jobs.run(name, LocalDate.of(2030, 3, 5)).outcome());
            assertEquals(Outcome.ALREADY_CLAIMED, jobs.run(name, LocalDate.of(2030, 3, 20)).outcome());
            String clerk = createUser("jobs", "Jobs-pass-2026", "S202", "office");
            String again = console(clerk, "Jobs-pass-2026", "job:run --date 2030-03-31 " + name);
            assertTrue(again, again.contains("ALREADY_CLAIMED"));
            assertEquals(1, runs.get());
            assertEquals(Outcome.RAN, jobs.run(name, LocalDate.of(2030, 4, 1)).outcome());
            assertEquals(2, runs.get());
        } finally {
            reg.unregister();
        }
    }

    @Test
    public void anEventExistsOnlyIfItsTransactionCommittedAndIsPublishedOnce() throws Exception {
        String topic = "org/countyhall/it/FACT_" + Long.toString(System.nanoTime(), 36).toUpperCase();
        List<String> delivered = new CopyOnWriteArrayList<>();
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(EventConstants.EVENT_TOPIC, topic);
        ServiceRegistration<EventHandler> handler = bundleContext.registerService(EventHandler.class,
                e -> delivered.add((String) e.getProperty("event.id")), props);
        try {
            long start = last();
            try {
                tx.required(() -> {
                    outbox.append(topic, Map.of("n", 1));
                    throw new IllegalStateException("roll back");
                });
            } catch (IllegalStateException expected) {
                // the transaction rolled back
            }
            String id = tx.required(() -> outbox.append(topic, Map.of("n", 2)));
            // a barrier instead of a pause: events are numbered and posted in order by one thread, so once the
            // marker committed after them has arrived, everything numbered before it has arrived too
            String marker = tx.required(() -> outbox.append(topic, Map.of("n", 3)));
            await("the marker delivered", Duration.ofSeconds(10), () -> delivered.contains(marker));
            List<OutboxEvent> stored = outbox.read(start, topic, 100);
            assertEquals(2, stored.size());
            assertEquals(id, stored.get(0).id());
            assertEquals(2, ((Number) stored.get(0).payload().get("n")).intValue());
            assertEquals(List.of(id, marker), List.copyOf(delivered));

            Answer rest = get("/events?after=" + start + "&topic=" + topic.replace("/", "%2F"), ADMIN, ADMIN_PASSWORD);
            assertEquals(200, rest.status());
            assertEquals(2, rest.json().get("items").size());
            assertEquals(id, rest.json().get("items").get(0).get("id").asText());
        } finally {
            handler.unregister();
        }
    }

    @Test
    public void inboxMessagesReachOnlyTheirUser() throws Exception {
        String alice = createUser("alice", "Alice-pass-2026", "S203", "window");
        String bob = createUser("bob", "Bob-pass-2026", "S204", "window");
        long id = inbox.send(alice, "Deposit due", "Deposit D-1 falls due in 30 days");
        Answer mine = get("/inbox?unread=true", alice, "Alice-pass-2026");
        assertEquals(1, mine.json().get("total").asInt());
        assertEquals("Deposit due", mine.json().get("items").get(0).get("subject").asText());
        assertEquals(0, get("/inbox", bob, "Bob-pass-2026").json().get("total").asInt());
        assertEquals(404, send("POST", "/inbox/" + id + "/read", bob, "Bob-pass-2026", null, null).status());
        assertEquals(204, send("POST", "/inbox/" + id + "/read", alice, "Alice-pass-2026", null, null).status());
        assertEquals(0, get("/inbox?unread=true", alice, "Alice-pass-2026").json().get("total").asInt());
        String console = console(alice, "Alice-pass-2026", "inbox:list");
        assertTrue(console, console.contains("Deposit due"));
    }

    @Test
    public void emailIsOffUntilSmtpIsConfiguredThenInboxMessagesAreMailed() throws Exception {
        assertTrue(bundleContext.getServiceReferences(Notifier.class, "(component.name=*SmtpNotifier)").isEmpty());
        String carol = createUser("carol", "Carol-pass-2026", "S205", "office");
        assertEquals(200, send("PUT", "/users/me/email", carol, "Carol-pass-2026", "application/json",
                "{\"email\":\"carol@example.org\"}").status());
        try (java.net.ServerSocket relay = new java.net.ServerSocket(0)) {
            java.util.concurrent.CompletableFuture<List<String>> received = new java.util.concurrent.CompletableFuture<>();
            Thread server = new Thread(() -> received.complete(smtpSession(relay)));
            server.setDaemon(true);
            server.start();
            org.osgi.service.cm.Configuration smtp = configAdmin.getConfiguration("org.countyhall.smtp", "?");
            Dictionary<String, Object> props = new Hashtable<>();
            props.put("host", "127.0.0.1");
            props.put("port", relay.getLocalPort());
            props.put("from", "hall@example.org");
            props.put("startTls", false);
            smtp.update(props);
            try {
                await("SMTP notifier active", Duration.ofSeconds(10), () -> !bundleContext
                        .getServiceReferences(Notifier.class, "(component.name=*SmtpNotifier)").isEmpty());
                // the configuration update can re-register the notifier once more after it first appears, so
                // a message sent in that instant may find no notifier bound: send until the relay hears one
                int sent = 0;
                while (!received.isDone() && sent < 5) {
                    inbox.send(carol, "门禁卡领取提醒", "Please collect your access card.");
                    sent++;
                    try {
                        received.get(3, TimeUnit.SECONDS);
                    } catch (java.util.concurrent.TimeoutException notYet) {
                        // try again
                    }
                }
                List<String> lines = received.get(1, TimeUnit.SECONDS);
                // sent by Angus Mail inside Karaf: its providers found through core's context class loader
                assertTrue(lines.toString(), lines.contains("EHLO countyhall"));
                assertTrue(lines.toString(), lines.contains("RCPT TO:<carol@example.org>"));
                assertTrue(lines.toString(), lines.stream().anyMatch(l -> l.startsWith("Subject: =?UTF-8?")));
                assertTrue(lines.toString(), lines.stream().anyMatch(l -> l.startsWith("Content-Type: text/plain; charset=UTF-8")));
                assertEquals(sent, get("/inbox", carol, "Carol-pass-2026").json().get("total").asInt());
            } finally {
                smtp.delete();
            }
        }
    }

    /** A one-message SMTP relay on a test socket; returns the client's lines. */
    private static List<String> smtpSession(java.net.ServerSocket relay) {
        List<String> seen = new java.util.ArrayList<>();
        try (java.net.Socket s = relay.accept()) {
            java.io.BufferedReader in = new java.io.BufferedReader(
                    new java.io.InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
            java.io.OutputStream out = s.getOutputStream();
            out.write("220 relay\r\n".getBytes(StandardCharsets.US_ASCII));
            boolean data = false;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                seen.add(line);
                String reply = data ? (line.equals(".") ? "250 queued" : null)
                        : line.equals("DATA") ? "354 go on" : line.equals("QUIT") ? "221 bye" : "250 ok";
                data = data ? !line.equals(".") : line.equals("DATA");
                if (reply != null) {
                    out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
                if (line.equals("QUIT")) {
                    break;
                }
            }
        } catch (java.io.IOException e) {
            seen.add("error: " + e);
        }
        return seen;
    }

    @Test
    public void calendarConfigurationIsAppliedLive() throws Exception {
        org.osgi.service.cm.Configuration cal = configAdmin.getConfiguration("org.countyhall.calendar", "?");
        Dictionary<String, Object> before = cal.getProperties();
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("hall.sessions", "09:00-12:00,13:30-17:30");
        props.put("calendars", "village,town");
        props.put("town.days", "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY");
        cal.update(props);
        try {
            await("new hall hours", Duration.ofSeconds(10), () -> get("/calendar/hall", null, null).body()
                    .contains("09:00-12:00"));
            // Saturday 2030-03-02 10:00: the town calendar opens on Saturdays, the hall does not
            assertTrue(get("/calendar/town/open?at=2030-03-02T10:00:00%2B08:00", null, null).json().get("open")
                    .asBoolean());
            assertFalse(get("/calendar/hall/open?at=2030-03-02T10:00:00%2B08:00", null, null).json().get("open")
                    .asBoolean());
            // 13:45 on a Monday: open under the new hall hours (lunch now ends at 13:30)
            assertTrue(get("/calendar/hall/open?at=2030-03-04T13:45:00%2B08:00", null, null).json().get("open")
                    .asBoolean());
        } finally {
            if (before == null) {
                cal.delete();
            } else {
                cal.update(before);
            }
        }
    }

    private long last() {
        List<OutboxEvent> all = outbox.read(0, null, 500);
        return all.isEmpty() ? 0 : all.get(all.size() - 1).seq();
    }

    private void assertDenied(String user, String password, String command) {
        try {
            String out = console(user, password, command);
            throw new AssertionError("'" + command + "' should be denied to " + user + " but printed: " + out);
        } catch (AssertionError e) {
            throw e;
        } catch (Exception expected) {
            assertFalse(expected.toString(), expected.toString().isEmpty());
        }
    }
}
