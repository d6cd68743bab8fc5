package org.countyhall.core.api.notify;

import java.time.Instant;

import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** A per-user inbox; delivering a message also hands it to every registered {@link Notifier}. */
@ProviderType
public interface Inbox {

    /** Leaves a message for a user (by user name), in the caller's transaction when there is one. */
    long send(String username, String subject, String body);

    /** The user's messages, newest first. */
    Page<Message> list(String username, boolean unreadOnly, PageRequest page);

    /** Marks one of the user's messages read; false when it is not theirs or does not exist. */
    boolean markRead(String username, long messageId);

    /** One message. */
    record Message(long id, String username, Instant sentAt, String subject, String body, boolean read) {
    }
}
