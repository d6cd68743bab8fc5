package org.countyhall.testing;

import java.util.ArrayList;
import java.util.List;

import org.countyhall.core.api.audit.AuditLog;
import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;

/**
 * An {@link AuditLog} that keeps entries in memory. Inside a {@link TestJpa} write an entry counts only once the
 * write commits (a refused write leaves none), as core's audit rows commit with the caller's transaction.
 */
public final class RecordingAudit implements AuditLog {

    /** One recorded entry. */
    public record Entry(String action, String target, String detail) {
    }

    private final TestJpa jpa;
    private final List<Entry> entries = new ArrayList<>();

    public RecordingAudit(TestJpa jpa) {
        this.jpa = jpa;
    }

    @Override
    public void record(String action, String target, String detail) {
        Entry e = new Entry(action, target, detail);
        jpa.whenCommitted(() -> add(e));
    }

    private synchronized void add(Entry e) {
        entries.add(e);
    }

    /** Every committed entry, oldest first. */
    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The actions of the committed entries, oldest first. */
    public synchronized List<String> actions() {
        return entries.stream().map(Entry::action).toList();
    }

    public synchronized void clear() {
        entries.clear();
    }

    @Override
    public Page<AuditEntry> search(AuditQuery query, PageRequest page) {
        throw new UnsupportedOperationException("a service test reads entries()");
    }
}
