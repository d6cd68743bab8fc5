package org.countyhall.core.internal.security;

/** Something that holds open sessions of users and can end them (the SSH console). */
public interface UserSessions {

    /** Ends every open session of {@code username}; the number ended. */
    int closeAll(String username);
}
