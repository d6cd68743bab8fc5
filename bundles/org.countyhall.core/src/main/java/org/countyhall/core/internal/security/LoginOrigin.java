package org.countyhall.core.internal.security;

import java.util.concurrent.Callable;

/**
 * The client address of the login being checked on this thread. REST knows it, JAAS does not pass it: the
 * authenticator sets it around the realm call, and the user directory's {@link LoginGate} reads it. A login
 * without one (the SSH console) is {@link #NONE}.
 */
final class LoginOrigin {

    static final String NONE = "";

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private LoginOrigin() {
    }

    static String current() {
        String a = CURRENT.get();
        return a == null ? NONE : a;
    }

    static <T> T as(String address, Callable<T> work) throws Exception {
        String previous = CURRENT.get();
        CURRENT.set(address);
        try {
            return work.call();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }
}
