package org.countyhall.core.internal.audit;

import java.time.Instant;

import org.countyhall.core.internal.db.Jdbc;

/** The one insert of table CH_AUDIT, with its column limits (values longer than a column are cut, never refused). */
final class AuditRows {

    private AuditRows() {
    }

    static void insert(Jdbc jdbc, Instant at, String username, String staffNumber, String action, String target,
            String detail) {
        jdbc.update("INSERT INTO CH_AUDIT (OCCURRED_AT, USERNAME, STAFF_NUMBER, ACTION_NAME, TARGET, DETAIL) "
                + "VALUES (?, ?, ?, ?, ?, ?)", at, cut(username, 64), cut(staffNumber, 32), cut(action, 100),
                cut(target, 300), cut(detail, 1000));
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
