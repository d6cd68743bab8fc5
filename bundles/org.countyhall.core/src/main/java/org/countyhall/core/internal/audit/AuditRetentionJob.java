package org.countyhall.core.internal.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import javax.sql.DataSource;

import org.countyhall.core.api.audit.AuditLog;
import org.countyhall.core.api.db.Schema;
import org.countyhall.core.api.db.Transactions;
import org.countyhall.core.api.job.PeriodicJob;
import org.countyhall.core.internal.config.CoreConfig;
import org.countyhall.core.internal.db.Jdbc;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every night, removes audit records older than {@code audit.retentionDays} ({@link AuditRetention}: off by default,
 * never fewer than 180 days), and records that it did. Once per day across nodes; {@code job:run core.audit-retention}.
 */
@Component(service = PeriodicJob.class, configurationPid = CoreConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class AuditRetentionJob implements PeriodicJob {

    static final String NAME = "core.audit-retention";
    private static final Logger LOG = LoggerFactory.getLogger(AuditRetentionJob.class);

    private final Jdbc jdbc;
    private final Transactions tx;
    private final AuditLog audit;
    private volatile int retentionDays;
    private volatile ZoneId zone;

    @Activate
    public AuditRetentionJob(@Reference(target = "(osgi.jndi.service.name=jdbc/countyhall)") DataSource ds,
            @Reference Transactions tx, @Reference AuditLog audit, @Reference(target = "(domain=core)") Schema schema,
            CoreConfig config) {
        this.jdbc = new Jdbc(ds);
        this.tx = tx;
        this.audit = audit;
        modified(config);
    }

    @Modified
    void modified(CoreConfig config) {
        retentionDays = config.audit_retentionDays();
        zone = ZoneId.of(config.zone());
        if (retentionDays > 0 && retentionDays < AuditRetention.MINIMUM_DAYS) {
            LOG.warn("audit.retentionDays = {} is below the legal minimum; {} days are kept", retentionDays,
                    AuditRetention.MINIMUM_DAYS);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String cron() {
        return "0 15 2 * * ?"; // 02:15, when the hall is closed
    }

    @Override
    public Period period() {
        return Period.DAY;
    }

    @Override
    public void run(LocalDate date) {
        Optional<Instant> cutoff = AuditRetention.cutoff(date, retentionDays, zone);
        if (cutoff.isEmpty()) {
            return; // kept for ever
        }
        int removed = tx.required(() -> {
            int n = jdbc.update("DELETE FROM CH_AUDIT WHERE OCCURRED_AT < ?", cutoff.get());
            audit.record("audit.purge", "audit", "before=" + cutoff.get() + " rows=" + n);
            return n;
        });
        LOG.info("Audit retention on {}: {} record(s) from before {} removed", date, removed, cutoff.get());
    }
}
