package org.countyhall.core.internal.db;

import java.sql.SQLException;

/** An unchecked wrapper of a SQLException; {@link Failures} classifies it by SQLSTATE. */
public final class DataAccessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DataAccessException(SQLException cause) {
        super("SQLSTATE " + cause.getSQLState(), cause);
    }
}
