package org.countyhall.badges.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;

import org.countyhall.badges.api.BadgeEvents;
import org.countyhall.badges.api.LineKind;
import org.countyhall.badges.api.spi.CardEligibilityPolicy;
import org.countyhall.badges.api.spi.CardFeePolicy;
import org.countyhall.badges.api.spi.LossPenaltyPolicy;
import org.countyhall.badges.internal.store.LineEntity;
import org.countyhall.core.api.audit.AuditLog;
import org.countyhall.core.api.error.NotFoundException;
import org.countyhall.core.api.event.EventOutbox;
import org.countyhall.core.api.security.Actor;
import org.countyhall.core.jpa.Jpa;
import org.countyhall.core.jpa.Inserts;
import org.countyhall.core.api.error.ConflictException;
import org.countyhall.staff.api.StaffCheck;
import org.countyhall.staff.api.StaffDirectory;

import javax.persistence.EntityManager;

/**
 * What every use case of the badges domain works with: the unit of work, core's audit, outbox and clock, the live
 * configuration, the policies of the moment (the highest-ranked of each), the staff directory of the moment (it
 * may come and go; null when absent) and who is acting. The component builds it from its references; a test from
 * TestJpa and fakes.
 */
record BadgesContext(Jpa jpa, AuditLog audit, EventOutbox events, Clock clock, Supplier<BadgesConfig> config,
        Supplier<Policies> policies, Supplier<StaffDirectory> staff, Supplier<Actor> actor) {

    /** The three policies in force at one moment. */
    record Policies(CardEligibilityPolicy eligibility, CardFeePolicy fees, LossPenaltyPolicy penalty) {
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    String by() {
        return actor.get().username();
    }

    StaffCheck staffCheck() {
        return new StaffCheck(staff.get());
    }

    static NotFoundException noCard(String number) {
        return new NotFoundException("No card " + number);
    }

    /** Books a line in the caller's transaction and announces it. A line with a source booked before is a 409. */
    LineEntity book(EntityManager em, LineEntity line) {
        return book(em, line, () -> new ConflictException("line-booked", "That line was booked meanwhile"));
    }

    /** Books a line, {@code duplicate} when one of its unique keys (source, reversed line) is taken. */
    LineEntity book(EntityManager em, LineEntity line, java.util.function.Supplier<ConflictException> duplicate) {
        if (line.unit() == null) {
            org.countyhall.badges.internal.store.HolderEntity h =
                    em.find(org.countyhall.badges.internal.store.HolderEntity.class, line.holder());
            line.unit(h == null ? null : h.unit());
        }
        Inserts.unique(em, line, duplicate);
        Map<String, Object> payload = new java.util.HashMap<>(Map.of("staffNumber", line.holder(), "lineId", line.id(),
                "kind", line.kind().name(), "amountFen", line.amountFen()));
        if (line.reverses() != null) {
            payload.put("reverses", line.reverses());
        }
        events.append(BadgeEvents.LINE_BOOKED, payload);
        return line;
    }

    /** A new line of {@code kind} for the holder, now, by the acting person. */
    LineEntity line(String holder, LineKind kind, long amountFen, String card, String note, String source) {
        return new LineEntity(holder, kind, amountFen, card, clock.instant(), today(), note, source, by());
    }
}
