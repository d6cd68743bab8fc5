package org.countyhall.core.api.event;

import java.util.List;
import java.util.Map;

/**
 * Durable domain events. {@link #append} writes the event in the caller's transaction; core publishes it on
 * EventAdmin (topic {@code org/countyhall/<domain>/<FACT>}) only after that transaction commits, and never
 * when it rolls back. Consumers that were absent catch up with {@link #read} from their last sequence number.
 */
public interface EventOutbox {

    /**
     * Appends an event. Payload values must be plain (String, Number, Boolean, ISO date strings) and carry no
     * personal data. Without a transaction in progress the event is written and published at once.
     *
     * @return the event's unique id (a UUID), which consumers use to stay idempotent
     */
    String append(String topic, Map<String, Object> payload);

    /** Events with a sequence number greater than {@code afterSeq}, oldest first; {@code topicPrefix} may be null. */
    List<OutboxEvent> read(long afterSeq, String topicPrefix, int limit);
}
