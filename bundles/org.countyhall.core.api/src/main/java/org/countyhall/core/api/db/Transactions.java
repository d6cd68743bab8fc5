package org.countyhall.core.api.db;

import java.util.concurrent.Callable;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs work in a JTA transaction on jdbc/countyhall: joins the caller's transaction if there is one,
 * otherwise begins one and commits it (rolls back on any exception). A unique violation or deadlock found
 * at commit becomes a {@code ConflictException} (409) or {@code UnavailableException} (503), never a 500.
 */
@ProviderType
public interface Transactions {

    <T> T required(Callable<T> work);

    default void required(Runnable work) {
        required(() -> {
            work.run();
            return null;
        });
    }
}
