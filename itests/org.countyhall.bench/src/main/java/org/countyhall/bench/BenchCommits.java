package org.countyhall.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.countyhall.core.api.audit.AuditLog;
import org.countyhall.core.api.db.Transactions;
import org.countyhall.core.api.event.EventOutbox;

/**
 * {@code bench:commits}: single-row commits on the platform's DataSource for a while, by {@code --threads} threads,
 * and prints the commits per second. The modes add one step of a domain write at a time, so the cost of each shows:
 * {@code raw} (autocommit INSERT), {@code jta} (the INSERT in a JTA transaction), {@code audit} (plus an audit
 * record), {@code outbox} (plus an outbox event), {@code all} (INSERT, audit and event: a domain write without JPA
 * and REST).
 */
@Service
@Command(scope = "bench", name = "commits", description = "Single-row commits per second on the platform's DataSource")
public final class BenchCommits implements Action {

    private static final String TABLE = "BENCH_COMMIT";

    @Reference(filter = "(osgi.jndi.service.name=jdbc/countyhall)")
    private DataSource ds;

    @Reference
    private Transactions tx;

    @Reference
    private AuditLog audit;

    @Reference
    private EventOutbox outbox;

    @Option(name = "--threads", description = "Threads committing at once")
    private int threads = 1;

    @Option(name = "--seconds", description = "Seconds to measure (after one second of warm-up)")
    private int seconds = 5;

    @Option(name = "--mode", description = "raw, jta, audit, outbox or all")
    private String mode = "raw";

    @Override
    public Object execute() throws Exception {
        createTable();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            run(pool, 1); // warm-up
            long commits = run(pool, seconds);
            System.out.printf("%s threads=%d commits=%d per-second=%.0f%n", mode, threads, commits,
                    commits / (double) seconds);
        } finally {
            pool.shutdownNow();
        }
        return null;
    }

    private long run(ExecutorService pool, int forSeconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(forSeconds);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int worker = t;
            workers.add(pool.submit(() -> {
                start.await();
                long n = 0;
                while (System.nanoTime() < end) {
                    commit(worker, n++);
                }
                return n;
            }));
        }
        start.countDown();
        long total = 0;
        for (Future<Long> f : workers) {
            total += f.get(forSeconds + 60L, TimeUnit.SECONDS);
        }
        return total;
    }

    private void commit(int worker, long n) throws SQLException {
        switch (mode) {
            case "raw" -> {
                try (Connection c = ds.getConnection()) {
                    insert(c, worker, n);
                }
            }
            case "jta", "audit", "outbox", "all" -> tx.required(() -> {
                try (Connection c = ds.getConnection()) {
                    insert(c, worker, n);
                }
                if (mode.equals("audit") || mode.equals("all")) {
                    audit.record("bench.commit", "bench/" + worker, "n=" + n);
                }
                if (mode.equals("outbox") || mode.equals("all")) {
                    outbox.append("org/countyhall/bench/COMMITTED", Map.of("worker", worker, "n", n));
                }
                return null;
            });
            default -> throw new IllegalArgumentException("mode must be raw, jta, audit, outbox or all");
        }
    }

    private static void insert(Connection c, int worker, long n) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE
                + " (WORKER, N, MADE_AT) VALUES (?, ?, ?)")) {
            ps.setInt(1, worker);
            ps.setLong(2, n);
            ps.setTimestamp(3, new Timestamp(System.currentTimeMillis()));
            ps.executeUpdate();
        }
    }

    private void createTable() throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + TABLE + " (ID BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, WORKER INT, "
                    + "N BIGINT, MADE_AT TIMESTAMP)");
        } catch (SQLException exists) {
            // made by an earlier run
        }
    }
}
