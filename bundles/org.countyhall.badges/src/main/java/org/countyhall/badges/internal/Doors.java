package org.countyhall.badges.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.countyhall.badges.api.CardChange;
import org.countyhall.badges.api.CardChanges;
import org.countyhall.badges.api.CardList;
import org.countyhall.badges.api.Door;
import org.countyhall.badges.api.DoorInput;
import org.countyhall.badges.internal.store.BadgesStore;
import org.countyhall.badges.internal.store.DoorEntity;
import org.countyhall.core.api.error.ConflictException;
import org.countyhall.core.api.error.FieldChecks;
import org.countyhall.core.api.error.FieldError;
import org.countyhall.core.api.error.ForbiddenException;
import org.countyhall.core.api.error.NotFoundException;
import org.countyhall.core.api.error.ValidationException;
import org.countyhall.core.api.security.Actor;
import org.countyhall.core.api.security.Roles;
import org.countyhall.core.jpa.Inserts;

/**
 * Doors and the card lists their controllers sync (L587, L565): a controller decides offline from its own list, so a
 * deactivation reaches the door when the controller next asks for the changes after its cursor. Every sync is
 * recorded, and a controller that has not synced within {@code door.syncStaleSeconds} is flagged for the office.
 */
final class Doors {

    // a letter first, so that a door id never looks like a phone or ID number
    static final Pattern DOOR_ID = Pattern.compile("[A-Z][A-Z0-9-]{0,19}");
    /** Most changes in one answer; {@code more} tells the controller to ask again at once. */
    static final int CHANGES_PER_ANSWER = 1000;

    private final BadgesContext ctx;

    Doors(BadgesContext ctx) {
        this.ctx = ctx;
    }

    List<Door> doors() {
        Duration bound = Duration.ofSeconds(Math.max(1, ctx.config().get().door_syncStaleSeconds()));
        return ctx.jpa().read(em -> new BadgesStore(em).doors().stream()
                .map(d -> d.toDoor(ctx.clock().instant(), bound)).toList());
    }

    Door add(DoorInput input) {
        if (input == null) {
            throw new ValidationException("(body)", "required");
        }
        List<FieldError> errors = new ArrayList<>();
        String id = FieldChecks.key(input.doorId());
        if (id == null || !DOOR_ID.matcher(id).matches()) {
            errors.add(new FieldError("doorId", "1 to 20 letters, digits or dashes, starting with a letter"));
        }
        String location = FieldChecks.text(input.location(), "location", 100, true, errors);
        String controller = FieldChecks.text(input.controller(), "controller", 64, false, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Duration bound = Duration.ofSeconds(Math.max(1, ctx.config().get().door_syncStaleSeconds()));
        return ctx.jpa().write(em -> {
            DoorEntity d = new DoorEntity(id, location, controller, ctx.clock().instant());
            Inserts.unique(em, d, () -> new ConflictException("duplicate-door", "Door " + id
                    + " exists, or controller " + controller + " already runs another door"));
            ctx.audit().record("badges.door.add", "door/" + id, location);
            return d.toDoor(ctx.clock().instant(), bound);
        });
    }

    CardList cards(String rawDoor) {
        int poll = ctx.config().get().door_pollSeconds();
        return ctx.jpa().write(em -> {
            BadgesStore store = new BadgesStore(em);
            DoorEntity d = door(store, rawDoor);
            long cursor = store.cardCursor(); // first: a change after it is delivered again, never lost
            List<String> chips = store.activeChips();
            synced(store, d);
            return new CardList(d.doorId(), cursor, chips, poll);
        });
    }

    CardChanges changes(String rawDoor, long after) {
        if (after < 0) {
            throw new ValidationException("after", "a cursor: 0 or more");
        }
        int poll = ctx.config().get().door_pollSeconds();
        return ctx.jpa().write(em -> {
            BadgesStore store = new BadgesStore(em);
            DoorEntity d = door(store, rawDoor);
            long newest = store.cardCursor();
            if (after > newest) {
                throw new ValidationException("after", "no such cursor: the newest is " + newest
                        + "; fetch the full list again");
            }
            List<CardChange> changes = store.cardChanges(after, CHANGES_PER_ANSWER + 1);
            boolean more = changes.size() > CHANGES_PER_ANSWER;
            List<CardChange> page = more ? changes.subList(0, CHANGES_PER_ANSWER) : changes;
            long cursor = page.isEmpty() ? after : page.get(page.size() - 1).seq();
            synced(store, d);
            return new CardChanges(d.doorId(), after, cursor, page, more, poll);
        });
    }

    /** A sync by the door's own controller is recorded (the office looking at the list is not one). */
    private void synced(BadgesStore store, DoorEntity d) {
        if (ctx.actor().get().username().equals(d.controller())) {
            store.synced(d.doorId(), ctx.clock().instant());
        }
    }

    /** The door, for its own controller, the office or an admin only. */
    private DoorEntity door(BadgesStore store, String rawDoor) {
        String id = FieldChecks.key(rawDoor);
        DoorEntity d = id == null ? null : store.door(id).orElse(null);
        if (d == null) {
            throw new NotFoundException("No door " + rawDoor);
        }
        Actor a = ctx.actor().get();
        boolean office = a.hasRole(Roles.OFFICE) || a.hasRole(Roles.ADMIN);
        if (!office && !a.username().equals(d.controller())) {
            throw new ForbiddenException("not-this-door", "Only door " + d.doorId() + "'s controller reads its list");
        }
        return d;
    }
}
