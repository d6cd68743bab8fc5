package org.countyhall.windows.internal;

import java.util.List;
import java.util.Optional;

import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.windows.api.Posting;
import org.countyhall.windows.api.WindowQuery;
import org.countyhall.windows.internal.store.WindowStore;

/** The public postings (L71: window, people, hours, complaint line), answered from the bounded-age snapshot. */
final class PublicPostings {

    private final PostingCache cache;

    PublicPostings(WindowsContext ctx) {
        this.cache = new PostingCache(() -> ctx.jpa().read(em -> new WindowStore(em).all()), ctx::calendar,
                ctx.clock(), ctx.config().get().posting_maxAgeSeconds());
    }

    void maxAge(int seconds) {
        cache.maxAge(seconds);
    }

    /** Forgets the snapshot: called after every committed write on this node. */
    void invalidate() {
        cache.invalidate();
    }

    Optional<Posting> posting(String rawNumber) {
        String number = WindowRules.key(rawNumber);
        return Optional.ofNullable(number == null ? null : cache.current().postings().get(number));
    }

    Page<Posting> postings(WindowQuery query, PageRequest page) {
        WindowQuery q = query == null ? WindowQuery.ALL : query;
        List<Posting> matches = cache.current().postings().values().stream()
                .filter(p -> q.type() == null || p.type() == q.type())
                .filter(p -> q.state() == null || p.state() == q.state())
                .filter(p -> q.department() == null || q.department().isBlank()
                        || p.department().equals(q.department().strip()))
                .filter(p -> q.itemCode() == null || q.itemCode().isBlank()
                        || p.itemCodes().contains(q.itemCode().strip()))
                .toList();
        List<Posting> items = matches.stream().skip(page.offset()).limit(page.limit()).toList();
        return new Page<>(items, page.offset(), page.limit(), matches.size());
    }
}
