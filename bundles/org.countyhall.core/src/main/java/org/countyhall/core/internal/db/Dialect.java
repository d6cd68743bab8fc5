package org.countyhall.core.internal.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** The databases CountyHall runs on; the lower-case name is the script-name suffix of a dialect variant. */
public enum Dialect {
    DERBY("Apache Derby"),
    POSTGRESQL("PostgreSQL");

    private final String productName;

    Dialect(String productName) {
        this.productName = productName;
    }

    /** The suffix used in {@code V<n>__<description>.<suffix>.sql}. */
    public String suffix() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The dialect of an open connection, from {@link java.sql.DatabaseMetaData#getDatabaseProductName()}. */
    public static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        for (Dialect d : values()) {
            if (d.productName.equalsIgnoreCase(product)) {
                return d;
            }
        }
        throw new IllegalArgumentException("Unsupported database product: " + product);
    }

    /** Parses {@code derby} or {@code postgresql}, ignoring case. */
    public static Dialect fromSuffix(String suffix) {
        for (Dialect d : values()) {
            if (d.suffix().equalsIgnoreCase(suffix)) {
                return d;
            }
        }
        throw new IllegalArgumentException("Unknown SQL dialect '" + suffix + "', expected derby or postgresql");
    }
}
