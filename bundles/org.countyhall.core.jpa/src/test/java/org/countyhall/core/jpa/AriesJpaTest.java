package org.countyhall.core.jpa;

import static org.junit.jupiter.api.Assertions.assertSame;

import javax.persistence.PersistenceException;

import org.countyhall.core.api.error.NotFoundException;
import org.junit.jupiter.api.Test;

class AriesJpaTest {

    @Test
    void aDomainExceptionWrappedByTheTemplateComesOutItself() {
        NotFoundException notFound = new NotFoundException("No window W01");
        RuntimeException wrapped = new RuntimeException(new PersistenceException(notFound));
        assertSame(notFound, AriesJpa.unwrapped(wrapped));
    }

    @Test
    void anythingElseComesOutAsThrown() {
        RuntimeException other = new IllegalStateException("closed", new PersistenceException("broken"));
        assertSame(other, AriesJpa.unwrapped(other));
    }
}
