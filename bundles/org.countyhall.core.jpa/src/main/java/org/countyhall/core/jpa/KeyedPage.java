package org.countyhall.core.jpa;

import java.util.List;
import java.util.function.Function;

import javax.persistence.TypedQuery;

import org.countyhall.core.api.rest.PageRequest;

/**
 * One page of entities that have eager collections: a query for the page's keys, then one for their rows.
 *
 * <p>Given a range, OpenJPA loads an eager collection with a second select that repeats the query's filter but not
 * its range, so a page of 20 read the collections of every matching row (a staff page read every person's
 * qualifications). With the keys first, the rows' query is {@code WHERE key IN :keys} and both selects stay on the
 * page.
 */
public final class KeyedPage {

    private KeyedPage() {
    }

    /**
     * @param keys the filtered and ordered query of the entities' keys; the page's range is set here
     * @param rows the entities of these keys, in the same order, selected without a range
     * @return the page's entities, or none without a query when the page holds no key
     */
    public static <K, E> List<E> rows(TypedQuery<K> keys, PageRequest page, Function<List<K>, List<E>> rows) {
        List<K> found = keys.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        return found.isEmpty() ? List.of() : rows.apply(found);
    }
}
