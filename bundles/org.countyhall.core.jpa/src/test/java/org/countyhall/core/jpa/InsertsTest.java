package org.countyhall.core.jpa;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

import javax.persistence.EntityExistsException;
import javax.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

/** Which failures count as a duplicate key (the insert itself is tested by each domain's service test). */
class InsertsTest {

    @Test
    void aUniqueViolationAnywhereInTheChainIsADuplicate() {
        assertTrue(Inserts.isDuplicateKey(new PersistenceException(new RuntimeException(
                new SQLIntegrityConstraintViolationException("dup", "23505")))));
        assertTrue(Inserts.isDuplicateKey(new EntityExistsException("exists")));
        SQLException batch = new SQLException("batch failed", "XJ208");
        batch.setNextException(new SQLException("dup", "23505"));
        assertTrue(Inserts.isDuplicateKey(new PersistenceException(batch)));
    }

    @Test
    void otherConstraintsAndFailuresAreNot() {
        assertFalse(Inserts.isDuplicateKey(new PersistenceException(new SQLException("not null", "23502"))));
        assertFalse(Inserts.isDuplicateKey(new PersistenceException(new SQLException("lock", "40XL1"))));
        assertFalse(Inserts.isDuplicateKey(new PersistenceException("closed")));
    }
}
