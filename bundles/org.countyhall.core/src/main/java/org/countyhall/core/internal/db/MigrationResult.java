package org.countyhall.core.internal.db;

import java.util.List;

/**
 * Outcome of one {@link Migrator#migrate} call.
 *
 * @param applied        versions applied by this call, ascending; empty if the schema was already current
 * @param currentVersion highest version recorded for the domain afterwards (0 if none); may exceed the
 *                       highest script given if the database was migrated by a newer bundle
 */
public record MigrationResult(String domain, List<Integer> applied, int currentVersion) {

    public MigrationResult {
        applied = List.copyOf(applied);
    }
}
