package org.countyhall.core.jpa;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import javax.persistence.EntityManager;

/**
 * The last answer read for each record, served again while the database still holds its version: one primary-key
 * {@code SELECT VERSION} instead of JPA's find with its collections, which was most of a signed-in read of one
 * record. The check reads the database every time, so a change made on another node shows at once (no age, no
 * message between nodes), and a record is never served older than the last commit.
 *
 * <p>For records whose answer is made from their row and collections only, whose every change moves the version
 * (JPA's {@code @Version}; no bulk or native update of the table) and that are never deleted and created again
 * under the same key. In a transaction the cache is bypassed: the transaction reads through JPA (it may see its own
 * changes, which must never be cached). At most {@code capacity} records are kept; past that an arbitrary one goes.
 *
 * @param <K> the key (the table's primary key)
 * @param <R> the answer, immutable
 */
public final class RecordCache<K, R> {

    private record Entry<R>(long version, R record) {
    }

    private final Jpa jpa;
    private final String versionQuery;
    private final ToLongFunction<R> versionOf;
    private final int capacity;
    private final Map<K, Entry<R>> entries = new ConcurrentHashMap<>();

    /**
     * @param versionQuery native SQL with one parameter, the key, e.g. {@code SELECT VERSION FROM WINDOWS_REGISTRY
     *                     WHERE WINDOW_NUMBER = ?}
     * @param versionOf    the version an answer was read at
     */
    public RecordCache(Jpa jpa, String versionQuery, ToLongFunction<R> versionOf, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity + " < 1");
        }
        this.jpa = jpa;
        this.versionQuery = versionQuery;
        this.versionOf = versionOf;
        this.capacity = capacity;
    }

    /** The record of {@code key}: the cached answer if its version is current, else {@code load}'s (then cached). */
    public Optional<R> find(K key, Function<EntityManager, Optional<R>> load) {
        if (jpa.inTransaction()) {
            return jpa.read(load::apply);
        }
        return jpa.read(em -> {
            Entry<R> cached = entries.get(key);
            if (cached != null) {
                Long current = version(em, key);
                if (current == null) {
                    entries.remove(key, cached);
                    return Optional.empty();
                }
                if (current == cached.version()) {
                    return Optional.of(cached.record());
                }
            }
            Optional<R> loaded = load.apply(em);
            loaded.ifPresentOrElse(r -> keep(key, new Entry<>(versionOf.applyAsLong(r), r)), () -> entries.remove(key));
            return loaded;
        });
    }

    /** How many records are kept. */
    public int size() {
        return entries.size();
    }

    private void keep(K key, Entry<R> entry) {
        // two readers may load at once: the newer version stays whichever finishes last
        entries.merge(key, entry, (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
        if (entries.size() > capacity) {
            Iterator<K> any = entries.keySet().iterator();
            while (entries.size() > capacity && any.hasNext()) {
                K k = any.next();
                if (!k.equals(key)) {
                    any.remove();
                }
            }
        }
    }

    private Long version(EntityManager em, K key) {
        List<?> rows = em.createNativeQuery(versionQuery).setParameter(1, key).getResultList();
        return rows.isEmpty() ? null : ((Number) rows.get(0)).longValue();
    }
}
