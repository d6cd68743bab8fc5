package org.countyhall.core.api.rest;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, where the page starts, its size limit and the total number of matches. */
public record Page<T>(List<T> items, int offset, int limit, long total) {

    public Page {
        items = List.copyOf(items);
    }

    /** The same page with each item mapped, e.g. entity to DTO or to a masked view. */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), offset, limit, total);
    }
}
