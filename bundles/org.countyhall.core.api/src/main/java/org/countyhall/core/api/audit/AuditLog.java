package org.countyhall.core.api.audit;

import java.time.Instant;
import java.util.Optional;

import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** The audit trail: every write records who, when and what. Never put ID or phone numbers in {@code detail}. */
@ProviderType
public interface AuditLog {

    /** Records an action by the current actor, in the caller's transaction when there is one. */
    void record(String action, String target, String detail);

    /** Newest first, optionally filtered by actor user name, action prefix and time range. */
    Page<AuditEntry> search(AuditQuery query, PageRequest page);

    /** Filter for {@link #search}; null fields do not filter. */
    record AuditQuery(String username, String actionPrefix, Instant from, Instant to) {
        public static AuditQuery all() {
            return new AuditQuery(null, null, null, null);
        }
    }

    /** One recorded action. */
    record AuditEntry(long id, Instant at, String username, String staffNumber, String action, String target,
            String detail) {
        public Optional<String> staff() {
            return Optional.ofNullable(staffNumber);
        }
    }
}
