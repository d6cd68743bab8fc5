package org.countyhall.core.internal.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.countyhall.core.api.audit.AuditLog;
import org.countyhall.core.api.db.Schema;
import org.countyhall.core.api.db.Transactions;
import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.core.api.security.Actor;
import org.countyhall.core.api.security.ActorContext;
import org.countyhall.core.internal.db.Jdbc;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link AuditLog} in table CH_AUDIT. */
@Component(service = AuditLog.class)
public final class JdbcAuditLog implements AuditLog {

    private final Jdbc jdbc;
    private final Transactions tx;
    private final ActorContext actors;
    private final Clock clock;

    @Activate
    public JdbcAuditLog(@Reference(target = "(osgi.jndi.service.name=jdbc/countyhall)") DataSource ds,
            @Reference Transactions tx, @Reference ActorContext actors, @Reference Clock clock,
            @Reference(target = "(domain=core)") Schema schema) {
        this.jdbc = new Jdbc(ds);
        this.tx = tx;
        this.actors = actors;
        this.clock = clock;
    }

    @Override
    public void record(String action, String target, String detail) {
        Actor actor = actors.currentOrSystem();
        tx.required(() -> AuditRows.insert(jdbc, clock.instant(), actor.username(), actor.staffNumber(), action,
                target, detail));
    }

    @Override
    public Page<AuditEntry> search(AuditQuery q, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (q.username() != null) {
            where.append(" AND USERNAME = ?");
            params.add(q.username());
        }
        if (q.actionPrefix() != null) {
            where.append(" AND ACTION_NAME").append(Jdbc.LIKE_PREFIX);
            params.add(Jdbc.prefix(q.actionPrefix()));
        }
        if (q.from() != null) {
            where.append(" AND OCCURRED_AT >= ?");
            params.add(q.from());
        }
        if (q.to() != null) {
            where.append(" AND OCCURRED_AT < ?");
            params.add(q.to());
        }
        Object[] p = params.toArray();
        long total = jdbc.count("SELECT COUNT(*) FROM CH_AUDIT" + where, p);
        List<AuditEntry> items = jdbc.page("SELECT ID, OCCURRED_AT, USERNAME, STAFF_NUMBER, ACTION_NAME, TARGET, DETAIL "
                + "FROM CH_AUDIT" + where + " ORDER BY ID DESC", page.offset(), page.limit(),
                rs -> new AuditEntry(rs.getLong(1), Jdbc.instant(rs, "OCCURRED_AT"), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)), p);
        return new Page<>(items, page.offset(), page.limit(), total);
    }
}
