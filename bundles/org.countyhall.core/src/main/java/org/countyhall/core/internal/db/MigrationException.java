package org.countyhall.core.internal.db;

/** A migration could not be verified or applied; nothing of that run was committed. */
public final class MigrationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String domain;
    private final int version;
    private final int statement;

    /**
     * @param version   the script version involved, 0 if the failure is not tied to one script
     * @param statement the 1-based statement number within that script, 0 if not tied to one statement
     */
    public MigrationException(String domain, int version, int statement, String message, Throwable cause) {
        super(message, cause);
        this.domain = domain;
        this.version = version;
        this.statement = statement;
    }

    public String domain() {
        return domain;
    }

    /** The script version, or 0. */
    public int version() {
        return version;
    }

    /** The 1-based statement number within the script, or 0. */
    public int statement() {
        return statement;
    }
}
