package org.countyhall.core.internal.security;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The per (account, client address) rule: the {@code maxFailures}-th failure in a row from one address locks that
 * account for that address only, for the lock duration ({@link LoginThrottle}'s rules). A hall behind one NAT
 * address is thus not locked out by someone elsewhere, and a guesser locks only themselves. Kept per node, in
 * memory (the account's progressive delay, in the database, bounds guesses across nodes); thread-safe.
 */
final class PairLocks {

    private static final int MAX_PAIRS = 100_000;

    private final LoginThrottle rules;
    private final Map<String, LoginState> pairs = new HashMap<>();

    PairLocks(LoginThrottle rules) {
        this.rules = rules;
    }

    synchronized boolean allowed(String username, String address, Instant now) {
        LoginState s = pairs.get(key(username, address));
        return s == null || rules.allowed(s, now);
    }

    /** Counts an attempt as a failure until its password is known to be right ({@link #onSuccess}). */
    synchronized void onAttempt(String username, String address, Instant now) {
        if (pairs.size() >= MAX_PAIRS) {
            pairs.values().removeIf(s -> rules.allowed(s, now)); // keep the locks, forget the counts
        }
        pairs.merge(key(username, address), rules.onFailure(LoginState.unlocked(), now),
                (old, first) -> rules.onFailure(old, now));
    }

    synchronized void onSuccess(String username, String address, Instant now) {
        String key = key(username, address);
        LoginState s = pairs.get(key);
        if (s != null && rules.allowed(s, now)) {
            pairs.remove(key);
        }
    }

    /** Ends every lock and count of the account (an admin unlocked it). */
    synchronized void clear(String username) {
        pairs.keySet().removeIf(k -> k.startsWith(username + "\0"));
    }

    synchronized Instant lockedUntil(String username, String address) {
        LoginState s = pairs.get(key(username, address));
        return s == null ? null : s.lockedUntil();
    }

    private static String key(String username, String address) {
        return username + "\0" + (address == null ? "" : address);
    }
}
