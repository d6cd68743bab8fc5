package org.countyhall.core.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import org.countyhall.core.api.error.ConflictException;
import org.countyhall.core.api.error.DomainException;
import org.countyhall.core.api.error.UnavailableException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    /** Named as OpenJPA's and JPA's exception are (classify matches the simple name). */
    static final class OptimisticLockException extends RuntimeException {
        OptimisticLockException(Throwable cause) {
            super("Unable to obtain an object lock", cause);
        }
    }

    @Test
    void aRecordChangedMeanwhileIsAStaleVersion() {
        DomainException d = Failures.classify(new RuntimeException(new OptimisticLockException(null)));
        assertTrue(d instanceof ConflictException);
        assertEquals("stale-version", d.code());
    }

    @Test
    void aLockTimeOutReportedAsAnOptimisticFailureIsABusyDatabase() {
        // OpenJPA on Derby: a lock time-out (40XL1) or deadlock (40001) under an OptimisticLockException
        for (String state : new String[] {"40XL1", "40001", "40P01"}) {
            DomainException d = Failures.classify(new OptimisticLockException(new SQLException("lock", state)));
            assertTrue(d instanceof UnavailableException, state);
            assertEquals("busy", d.code());
        }
    }

    @Test
    void duplicatesAndUnknownFailures() {
        assertEquals("duplicate", Failures.classify(new RuntimeException(new SQLException("dup", "23505"))).code());
        assertNull(Failures.classify(new RuntimeException(new SQLException("other", "42X01"))));
    }
}
