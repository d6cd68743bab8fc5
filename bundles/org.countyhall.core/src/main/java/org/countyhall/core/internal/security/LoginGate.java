package org.countyhall.core.internal.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds the CPU that password checks may take, so that anonymous clients sending made-up logins cannot starve the
 * node (each check is a 600,000-iteration hash). Rules, plain Java, thread-safe:
 * <ul>
 * <li>at most {@code perAddress} checks of one client address run at once, and at most {@code 4 × perAddress} of
 *     its logins wait or run: beyond that it is answered 429 at once;
 * <li>at most {@code concurrent} checks run on the node (one per core by default); a login waits for a slot in
 *     arrival order, at most {@code maxWaitMillis}, and 503 beyond that;
 * <li>logins without an address (the SSH console, which listens on loopback) take only the node's limit.
 * </ul>
 * A client flooding from one address thus holds {@code perAddress} of the node's slots and queues behind itself,
 * while a person from another address waits for one check at most.
 */
public final class LoginGate {

    private static final int MAX_ADDRESSES = 50_000;

    private final Semaphore node;
    private final int perAddress;
    private final long maxWaitMillis;
    private final Map<String, Client> clients = new ConcurrentHashMap<>();

    public LoginGate(int concurrent, int perAddress, long maxWaitMillis) {
        if (concurrent < 1 || perAddress < 1 || maxWaitMillis < 0) {
            throw new IllegalArgumentException("concurrent and perAddress must be >= 1, maxWaitMillis >= 0");
        }
        this.node = new Semaphore(concurrent, true);
        this.perAddress = perAddress;
        this.maxWaitMillis = maxWaitMillis;
    }

    /** One admitted check; close it when the check has ended. */
    public interface Slot extends AutoCloseable {
        @Override
        void close();
    }

    /** Waits for a slot for a check from {@code address} ({@link LoginOrigin#NONE} for none). */
    public Slot enter(String address) throws LoginRefusedException {
        Client client = address == null || address.isEmpty() ? null : client(address);
        if (client != null && client.inside.incrementAndGet() > 4 * perAddress) {
            client.inside.decrementAndGet();
            throw busy(429, "Too many logins at once from your address; try again in a moment");
        }
        boolean clientSlot = false;
        try {
            if (client != null) {
                clientSlot = client.running.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS);
                if (!clientSlot) {
                    throw busy(429, "Too many logins at once from your address; try again in a moment");
                }
            }
            if (!node.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS)) {
                throw busy(503, "The server is checking too many logins; try again in a moment");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            release(client, clientSlot);
            throw busy(503, "Interrupted while waiting for a login check");
        } catch (LoginRefusedException e) {
            release(client, clientSlot);
            throw e;
        }
        boolean held = clientSlot;
        return () -> {
            node.release();
            release(client, held);
        };
    }

    /** Addresses with a login waiting or running (for tests and monitoring). */
    int addressesInside() {
        return (int) clients.values().stream().filter(c -> c.inside.get() > 0).count();
    }

    /** Logins of {@code address} waiting or running. */
    int inside(String address) {
        Client c = clients.get(address);
        return c == null ? 0 : c.inside.get();
    }

    private Client client(String address) {
        if (clients.size() >= MAX_ADDRESSES) {
            clients.values().removeIf(c -> c.inside.get() == 0);
        }
        return clients.computeIfAbsent(address, a -> new Client(new Semaphore(perAddress, true), new AtomicInteger()));
    }

    private static void release(Client client, boolean slot) {
        if (client != null) {
            if (slot) {
                client.running.release();
            }
            client.inside.decrementAndGet();
        }
    }

    private static LoginRefusedException busy(int status, String message) {
        return new LoginRefusedException(status, "login-busy", 1, message);
    }

    private record Client(Semaphore running, AtomicInteger inside) {
    }
}
