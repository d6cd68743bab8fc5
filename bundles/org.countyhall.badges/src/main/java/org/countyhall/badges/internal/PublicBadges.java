package org.countyhall.badges.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.countyhall.badges.api.PublicBadge;
import org.countyhall.badges.api.WindowBadges;
import org.countyhall.badges.internal.store.BadgesStore;
import org.countyhall.badges.internal.store.HolderEntity;
import org.countyhall.core.api.error.BusinessKeys;
import org.countyhall.core.api.error.NotFoundException;
import org.countyhall.core.api.error.UnavailableException;
import org.countyhall.staff.api.Photo;
import org.countyhall.staff.api.StaffDirectory;
import org.countyhall.staff.api.StaffMember;
import org.countyhall.staff.api.StaffState;
import org.countyhall.windows.api.Post;
import org.countyhall.windows.api.Window;
import org.countyhall.windows.api.WindowRegistry;

/**
 * The badges (工作牌, L285) a window's public posting shows when the centre opts in: unit, name and photo of the A
 * and B staff, never the staff number. Who sits at the window comes from the registry, name, unit and photo from
 * the staff directory (else from the card holders' records), each window's answer kept at most
 * {@code posting.maxAgeSeconds}: hall screens and phones ask far more often than anything changes.
 */
final class PublicBadges {

    /** Windows kept at most (a county has dozens): a flood of made-up numbers is never cached, this is a bound. */
    static final int WINDOWS_KEPT = 2_000;

    private record Kept(WindowBadges value, long loadedNanos) {
    }

    private final BadgesContext ctx;
    private final Supplier<WindowRegistry> registry;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    PublicBadges(BadgesContext ctx, Supplier<WindowRegistry> registry) {
        this.ctx = ctx;
        this.registry = registry;
    }

    WindowBadges badges(String rawWindow) {
        WindowRegistry windows = shown();
        String number = window(rawWindow);
        long maxAge = Math.max(0, ctx.config().get().posting_maxAgeSeconds()) * 1_000_000_000L;
        Kept k = kept.get(number);
        long now = System.nanoTime();
        if (k != null && now - k.loadedNanos() < maxAge) {
            return k.value();
        }
        Window w = windows.find(number).orElseThrow(() -> notFound(rawWindow));
        WindowBadges value = load(w, (int) (maxAge / 1_000_000_000L));
        if (kept.size() >= WINDOWS_KEPT) {
            kept.clear();
        }
        kept.put(number, new Kept(value, now));
        return value;
    }

    Optional<Photo> photo(String rawWindow, String rawPost) {
        WindowRegistry windows = shown();
        Window w = windows.find(window(rawWindow)).orElseThrow(() -> notFound(rawWindow));
        Post post = post(rawPost);
        StaffDirectory directory = ctx.staff().get();
        String holder = post == null ? null : w.holder(post);
        if (holder == null || directory == null) {
            return Optional.empty();
        }
        return directory.find(holder).filter(m -> m.state() == StaffState.ACTIVE).flatMap(m -> directory.photo(holder));
    }

    private WindowRegistry shown() {
        if (!ctx.config().get().posting_showBadges()) {
            throw new NotFoundException("badges-not-shown", "This centre does not show badges on its postings");
        }
        WindowRegistry windows = registry.get();
        if (windows == null) {
            throw new UnavailableException("windows-not-installed", "The window registry is not installed");
        }
        return windows;
    }

    private WindowBadges load(Window w, int maxAgeSeconds) {
        StaffDirectory directory = ctx.staff().get();
        List<PublicBadge> badges = new ArrayList<>();
        for (Post post : List.of(Post.A, Post.B)) {
            String holder = w.holder(post);
            if (holder == null) {
                continue;
            }
            if (directory != null) {
                Optional<StaffMember> m = directory.find(holder);
                if (m.isPresent() && m.get().state() == StaffState.ACTIVE) {
                    badges.add(new PublicBadge(post.name(), m.get().department(), m.get().name(), m.get().hasPhoto()));
                }
                continue;
            }
            Optional<HolderEntity> h = ctx.jpa().read(em -> new BadgesStore(em).holder(holder));
            h.ifPresent(e -> badges.add(new PublicBadge(post.name(), e.unit(), e.name(), false)));
        }
        return new WindowBadges(w.number(), badges, ctx.clock().instant(), maxAgeSeconds);
    }

    private static String window(String raw) {
        String key = org.countyhall.core.api.error.FieldChecks.key(raw);
        if (key == null || !BusinessKeys.WINDOW_NUMBER.matcher(key).matches()) {
            throw notFound(raw);
        }
        return key;
    }

    private static Post post(String raw) {
        String p = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        return "A".equals(p) ? Post.A : "B".equals(p) ? Post.B : null;
    }

    private static NotFoundException notFound(String window) {
        return new NotFoundException("No window " + window);
    }
}
