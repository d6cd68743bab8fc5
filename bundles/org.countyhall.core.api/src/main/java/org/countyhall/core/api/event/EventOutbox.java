package org.countyhall.core.api.event;

import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Durable domain events. {@link #append} writes the event in the caller's transaction; after that transaction
 * commits (never when it rolls back) core gives it its sequence number and posts it on EventAdmin (topic
 * {@code org/countyhall/<domain>/<FACT>}), on the node that numbered it. Act on events with an
 * {@link EventConsumer}, which core runs once per cluster; {@link #read} reads by sequence number.
 */
@ProviderType
public interface EventOutbox {

    /**
     * Appends an event. Payload values must be plain (String, Number, Boolean, ISO date strings) and carry no
     * personal data. Without a transaction in progress the event is written at once.
     *
     * @return the event's unique id (a UUID), which consumers use to stay idempotent
     */
    String append(String topic, Map<String, Object> payload);

    /** Events with a sequence number greater than {@code afterSeq}, oldest first; {@code topicPrefix} may be null. */
    List<OutboxEvent> read(long afterSeq, String topicPrefix, int limit);
}
