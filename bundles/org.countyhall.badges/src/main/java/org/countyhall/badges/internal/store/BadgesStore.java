package org.countyhall.badges.internal.store;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.countyhall.badges.api.AccountLine;
import org.countyhall.badges.api.ApplicationState;
import org.countyhall.badges.api.Card;
import org.countyhall.badges.api.CardApplication;
import org.countyhall.badges.api.CardQuery;
import org.countyhall.badges.api.Finding;
import org.countyhall.badges.api.LineKind;
import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;

/** The badges tables seen through one EntityManager (one transaction, or one read). */
public final class BadgesStore {

    private final EntityManager em;

    public BadgesStore(EntityManager em) {
        this.em = em;
    }

    public Optional<HolderEntity> holder(String staffNumber) {
        return Optional.ofNullable(em.find(HolderEntity.class, staffNumber));
    }

    /**
     * The holder's row locked until commit, so that two writes for one person (two issuances at once, an issuance
     * and a loss report) are decided one after the other: a no-op UPDATE takes the row lock the same way on Derby
     * and PostgreSQL and leaves the version alone.
     */
    public Optional<HolderEntity> lockHolder(String staffNumber) {
        int rows = em.createNativeQuery("UPDATE BADGES_HOLDER SET CARDS = CARDS WHERE STAFF_NUMBER = ?")
                .setParameter(1, staffNumber).executeUpdate();
        return rows == 0 ? Optional.empty() : holder(staffNumber);
    }

    /**
     * The next printed card number's value, under the sequence row's lock until commit (taken after the holder's
     * lock, by every issuance in that order).
     */
    public long nextCardValue() {
        return next("card");
    }

    /** The next value of a sequence row, under its lock until commit. */
    private long next(String name) {
        int rows = em.createNativeQuery("UPDATE BADGES_SEQUENCE SET LAST_VALUE = LAST_VALUE + 1 WHERE NAME = ?")
                .setParameter(1, name).executeUpdate();
        if (rows != 1) {
            throw new IllegalStateException("BADGES_SEQUENCE has no row '" + name + "': schema badges not migrated?");
        }
        return last(name);
    }

    private long last(String name) {
        return ((Number) em.createNativeQuery("SELECT LAST_VALUE FROM BADGES_SEQUENCE WHERE NAME = ?")
                .setParameter(1, name).getSingleResult()).longValue();
    }

    /**
     * Records that {@code chip} opens the doors from now on, or no longer, numbered in commit order (the sequence
     * row 'card-change' stays locked until the caller's transaction ends).
     */
    public void cardChange(String chip, boolean allowed, java.time.Instant now) {
        long seq = next("card-change");
        em.createNativeQuery("INSERT INTO BADGES_CARD_CHANGE (SEQ, CHIP_UID, ALLOWED, CHANGED_AT) VALUES (?, ?, ?, ?)")
                .setParameter(1, seq).setParameter(2, chip).setParameter(3, allowed)
                .setParameter(4, java.sql.Timestamp.from(now)).executeUpdate();
    }

    /** The newest card-list change committed (0 before any). */
    public long cardCursor() {
        return last("card-change");
    }

    /** The chips of the active cards, sorted. */
    public List<String> activeChips() {
        return em.createQuery("SELECT c.chipUid FROM CardEntity c WHERE c.state = :s ORDER BY c.chipUid", String.class)
                .setParameter("s", org.countyhall.badges.api.CardState.ACTIVE).getResultList();
    }

    /** Up to {@code limit} changes after {@code after}, oldest first: {seq, chip, allowed}. */
    public List<org.countyhall.badges.api.CardChange> cardChanges(long after, int limit) {
        List<?> rows = em.createNativeQuery("SELECT SEQ, CHIP_UID, ALLOWED FROM BADGES_CARD_CHANGE WHERE SEQ > ? "
                + "ORDER BY SEQ").setParameter(1, after).setMaxResults(limit).getResultList();
        List<org.countyhall.badges.api.CardChange> out = new java.util.ArrayList<>();
        for (Object r : rows) {
            Object[] a = (Object[]) r;
            Object allowed = a[2];
            out.add(new org.countyhall.badges.api.CardChange(((Number) a[0]).longValue(), (String) a[1],
                    allowed instanceof Boolean b ? b : ((Number) allowed).intValue() != 0));
        }
        return out;
    }

    public Optional<DoorEntity> door(String doorId) {
        return Optional.ofNullable(em.find(DoorEntity.class, doorId));
    }

    public List<DoorEntity> doors() {
        return em.createQuery("SELECT d FROM DoorEntity d ORDER BY d.doorId", DoorEntity.class).getResultList();
    }

    /** Records a controller's sync (no version change: not an edit of the door). */
    public void synced(String doorId, java.time.Instant now) {
        em.createNativeQuery("UPDATE BADGES_DOOR SET LAST_SYNC_AT = ? WHERE DOOR_ID = ?")
                .setParameter(1, java.sql.Timestamp.from(now)).setParameter(2, doorId).executeUpdate();
    }

    public void flush() {
        em.flush();
    }

    public Optional<CardEntity> card(String number) {
        return em.createQuery("SELECT c FROM CardEntity c WHERE c.number = :n", CardEntity.class)
                .setParameter("n", number).getResultList().stream().findFirst();
    }

    /** The card that has this chip now (active, lost or found), else the latest card that had it. */
    public Optional<CardEntity> cardByChip(String chipUid) {
        Optional<CardEntity> live = liveChip(chipUid);
        return live.isPresent() ? live : em.createQuery("SELECT c FROM CardEntity c WHERE c.chipUid = :u ORDER BY c.id DESC",
                CardEntity.class).setParameter("u", chipUid).setMaxResults(1).getResultList().stream().findFirst();
    }

    /** The card that has this chip now (active, lost or found). */
    public Optional<CardEntity> liveChip(String chipUid) {
        return em.createQuery("SELECT c FROM CardEntity c WHERE c.liveChip = :u", CardEntity.class)
                .setParameter("u", chipUid).getResultList().stream().findFirst();
    }

    /** Every card of a holder, oldest first. */
    public List<CardEntity> cardsOf(String holder) {
        return em.createQuery("SELECT c FROM CardEntity c WHERE c.holder = :h ORDER BY c.id", CardEntity.class)
                .setParameter("h", holder).getResultList();
    }

    public Card view(CardEntity c) {
        return c.toCard(em.find(HolderEntity.class, c.holder()));
    }

    /** One page of matching cards, newest first, with the holders' names and units. */
    public Page<Card> cards(CardQuery q, PageRequest page) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new LinkedHashMap<>();
        if (q.holder() != null) {
            where.append(" AND c.holder = :holder");
            params.put("holder", q.holder());
        }
        if (q.state() != null) {
            where.append(" AND c.state = :state");
            params.put("state", q.state());
        }
        if (q.unit() != null) {
            where.append(" AND c.holder IN (SELECT h.staffNumber FROM HolderEntity h WHERE h.unit = :unit)");
            params.put("unit", q.unit());
        }
        String filter = where.length() == 0 ? "" : " WHERE" + where.substring(4);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM CardEntity c" + filter, Long.class);
        TypedQuery<CardEntity> rows = em.createQuery("SELECT c FROM CardEntity c" + filter + " ORDER BY c.id DESC",
                CardEntity.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        long total = count.getSingleResult();
        List<CardEntity> found = total == 0 ? List.of()
                : rows.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        Map<String, HolderEntity> holders = holders(found.stream().map(CardEntity::holder).distinct().toList());
        return new Page<>(found.stream().map(c -> c.toCard(holders.get(c.holder()))).toList(), page.offset(),
                page.limit(), total);
    }

    private Map<String, HolderEntity> holders(List<String> numbers) {
        if (numbers.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT h FROM HolderEntity h WHERE h.staffNumber IN :n", HolderEntity.class)
                .setParameter("n", numbers).getResultList().stream()
                .collect(Collectors.toMap(HolderEntity::staffNumber, Function.identity()));
    }

    public Optional<ApplicationEntity> application(long id) {
        return Optional.ofNullable(em.find(ApplicationEntity.class, id));
    }

    /** The applicant's approved application not yet used by an issuance, if any. */
    public Optional<ApplicationEntity> approvedFor(String applicant) {
        return em.createQuery("SELECT a FROM ApplicationEntity a WHERE a.openApplicant = :a AND a.state = :s",
                ApplicationEntity.class).setParameter("a", applicant).setParameter("s", ApplicationState.APPROVED)
                .getResultList().stream().findFirst();
    }

    public Page<CardApplication> applications(ApplicationState state, String applicant, PageRequest page) {
        String filter = (state == null ? "" : " AND a.state = :state") + (applicant == null ? "" : " AND a.applicant = :applicant");
        filter = filter.isEmpty() ? "" : " WHERE" + filter.substring(4);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM ApplicationEntity a" + filter, Long.class);
        TypedQuery<ApplicationEntity> rows = em.createQuery("SELECT a FROM ApplicationEntity a" + filter
                + " ORDER BY a.id DESC", ApplicationEntity.class);
        if (state != null) {
            count.setParameter("state", state);
            rows.setParameter("state", state);
        }
        if (applicant != null) {
            count.setParameter("applicant", applicant);
            rows.setParameter("applicant", applicant);
        }
        long total = count.getSingleResult();
        List<CardApplication> items = total == 0 ? List.of() : rows.setFirstResult(page.offset())
                .setMaxResults(page.limit()).getResultList().stream().map(ApplicationEntity::toApplication).toList();
        return new Page<>(items, page.offset(), page.limit(), total);
    }

    public Page<Finding> findings(LocalDate day, String holder, PageRequest page) {
        String filter = (day == null ? "" : " AND f.foundOn = :day") + (holder == null ? "" : " AND f.holder = :holder");
        filter = filter.isEmpty() ? "" : " WHERE" + filter.substring(4);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(f) FROM FindingEntity f" + filter, Long.class);
        TypedQuery<FindingEntity> rows = em.createQuery("SELECT f FROM FindingEntity f" + filter + " ORDER BY f.id DESC",
                FindingEntity.class);
        if (day != null) {
            count.setParameter("day", java.sql.Date.valueOf(day));
            rows.setParameter("day", java.sql.Date.valueOf(day));
        }
        if (holder != null) {
            count.setParameter("holder", holder);
            rows.setParameter("holder", holder);
        }
        long total = count.getSingleResult();
        List<Finding> items = total == 0 ? List.of() : rows.setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultList().stream().map(FindingEntity::toFinding).toList();
        return new Page<>(items, page.offset(), page.limit(), total);
    }

    /** The losses found up to {@code day} that no loss report preceded and no daily check took yet, oldest first. */
    public List<FindingEntity> uncheckedUnreportedLosses(LocalDate day) {
        return em.createQuery("SELECT f FROM FindingEntity f WHERE f.foundOn <= :day AND f.lossReported = FALSE"
                + " AND f.checkedOn IS NULL ORDER BY f.id", FindingEntity.class)
                .setParameter("day", java.sql.Date.valueOf(day)).getResultList();
    }

    public Optional<LineEntity> line(long id) {
        return Optional.ofNullable(em.find(LineEntity.class, id));
    }

    /** Whether a line was booked for {@code source} already (an event handled before). */
    public boolean booked(String source) {
        return !em.createQuery("SELECT l.id FROM LineEntity l WHERE l.source = :s", Long.class)
                .setParameter("s", source).setMaxResults(1).getResultList().isEmpty();
    }

    /** A page of the holder's lines, newest first, each with the id of its reversal if it has one. */
    public Page<AccountLine> lines(String holder, PageRequest page) {
        long total = em.createQuery("SELECT COUNT(l) FROM LineEntity l WHERE l.holder = :h", Long.class)
                .setParameter("h", holder).getSingleResult();
        List<LineEntity> rows = total == 0 ? List.of() : em.createQuery(
                "SELECT l FROM LineEntity l WHERE l.holder = :h ORDER BY l.id DESC", LineEntity.class)
                .setParameter("h", holder).setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        Map<Long, Long> reversals = new HashMap<>();
        if (!rows.isEmpty()) {
            for (Object[] r : em.createQuery("SELECT l.reverses, l.id FROM LineEntity l WHERE l.reverses IN :ids",
                    Object[].class).setParameter("ids", rows.stream().map(LineEntity::id).toList()).getResultList()) {
                reversals.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
            }
        }
        return new Page<>(rows.stream().map(l -> l.toLine(reversals.get(l.id()))).toList(), page.offset(),
                page.limit(), total);
    }

    public Optional<Long> reversalOf(long lineId) {
        return em.createQuery("SELECT l.id FROM LineEntity l WHERE l.reverses = :id", Long.class)
                .setParameter("id", lineId).getResultList().stream().findFirst();
    }

    /** The holder's totals per kind, a reversal counted in the kind of the line it cancels. */
    public Map<LineKind, Long> totals(String holder) {
        return sums(em.createQuery("SELECT l.kind, l.reversesKind, SUM(l.amountFen), COUNT(l) FROM LineEntity l"
                + " WHERE l.holder = :h GROUP BY l.kind, l.reversesKind", Object[].class)
                .setParameter("h", holder).getResultList(), null);
    }

    /**
     * Totals per kind of the cash lines (deposits, fees, refunds and their reversals) booked from {@code from} to
     * {@code to} inclusive; {@code count} gets the number of lines.
     */
    public Map<LineKind, Long> cash(LocalDate from, LocalDate to, int[] count) {
        List<LineKind> cash = List.of(LineKind.DEPOSIT, LineKind.FEE, LineKind.REFUND);
        return sums(em.createQuery("SELECT l.kind, l.reversesKind, SUM(l.amountFen), COUNT(l) FROM LineEntity l"
                + " WHERE l.bookedOn >= :f AND l.bookedOn <= :t AND (l.kind IN :cash OR l.reversesKind IN :cash)"
                + " GROUP BY l.kind, l.reversesKind", Object[].class)
                .setParameter("f", java.sql.Date.valueOf(from)).setParameter("t", java.sql.Date.valueOf(to))
                .setParameter("cash", cash).getResultList(), count);
    }

    private static Map<LineKind, Long> sums(List<Object[]> rows, int[] count) {
        Map<LineKind, Long> sums = new EnumMap<>(LineKind.class);
        for (LineKind k : LineKind.values()) {
            sums.put(k, 0L);
        }
        for (Object[] r : rows) {
            LineKind kind = r[0] == LineKind.REVERSAL && r[1] != null ? (LineKind) r[1] : (LineKind) r[0];
            sums.merge(kind, ((Number) r[2]).longValue(), Long::sum);
            if (count != null) {
                count[0] += ((Number) r[3]).intValue();
            }
        }
        return sums;
    }

    /**
     * Fines booked from {@code from} to {@code to} inclusive, net of reversals booked in the same period, per unit the
     * line was booked for (the unit the person left) and holder:
     * {staffNumber, name, unit, count of fines, amount}; {@code unit} null = every unit. Ordered by unit, holder.
     */
    public List<Object[]> fines(LocalDate from, LocalDate to, String unit) {
        TypedQuery<Object[]> q = em.createQuery("SELECT l.holder, h.name, l.unit, l.kind, SUM(l.amountFen), COUNT(l)"
                + " FROM LineEntity l, HolderEntity h WHERE h.staffNumber = l.holder"
                + " AND (l.kind = :fine OR l.reversesKind = :fine) AND l.bookedOn >= :f AND l.bookedOn <= :t"
                + (unit == null ? "" : " AND l.unit = :unit")
                + " GROUP BY l.unit, l.holder, h.name, l.kind ORDER BY l.unit, l.holder", Object[].class)
                .setParameter("fine", LineKind.FINE).setParameter("f", java.sql.Date.valueOf(from))
                .setParameter("t", java.sql.Date.valueOf(to));
        if (unit != null) {
            q.setParameter("unit", unit);
        }
        return q.getResultList();
    }
}
