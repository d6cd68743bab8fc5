package org.countyhall.badges.internal.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

import org.countyhall.badges.api.AccountLine;
import org.countyhall.badges.api.LineKind;

/**
 * A row of BADGES_LINE: inserted, never updated (no version; {@link #unit(String)} only before the insert). A
 * reversal names the line it cancels and that line's kind, so totals per kind are net of reversals.
 */
@Entity
@Table(name = "BADGES_LINE")
public class LineEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @Column(name = "HOLDER", length = 20, nullable = false)
    private String holder;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 10, nullable = false)
    private LineKind kind;

    @Column(name = "AMOUNT_FEN", nullable = false)
    private long amountFen;

    @Column(name = "CARD_NUMBER", length = 20)
    private String cardNumber;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "BOOKED_AT", nullable = false)
    private Date bookedAt;

    @Column(name = "BOOKED_ON", nullable = false)
    private java.sql.Date bookedOn;

    @Column(name = "NOTE", length = 500)
    private String note;

    @Column(name = "REVERSES")
    private Long reverses;

    @Enumerated(EnumType.STRING)
    @Column(name = "REVERSES_KIND", length = 10)
    private LineKind reversesKind;

    @Column(name = "UNIT", length = 100)
    private String unit;

    @Column(name = "SOURCE", length = 80)
    private String source;

    @Column(name = "BOOKED_BY", length = 64, nullable = false)
    private String bookedBy;

    protected LineEntity() {
    }

    public LineEntity(String holder, LineKind kind, long amountFen, String cardNumber, Instant at, LocalDate day,
            String note, String source, String bookedBy) {
        this.holder = holder;
        this.kind = kind;
        this.amountFen = amountFen;
        this.cardNumber = cardNumber;
        this.bookedAt = Date.from(at);
        this.bookedOn = java.sql.Date.valueOf(day);
        this.note = note;
        this.source = source;
        this.bookedBy = bookedBy;
    }

    /** The unit the line is booked for (whose payroll deducts a fine), set before the line is inserted. */
    public LineEntity unit(String unit) {
        this.unit = unit;
        return this;
    }

    public String unit() {
        return unit;
    }

    /** The reversal of {@code line}: the same holder, card and unit, the amount negated. */
    public static LineEntity reversalOf(LineEntity line, Instant at, LocalDate day, String reason, String by) {
        LineEntity r = new LineEntity(line.holder, LineKind.REVERSAL, -line.amountFen, line.cardNumber, at, day,
                reason, null, by);
        r.reverses = line.id;
        r.reversesKind = line.kind;
        r.unit = line.unit;
        return r;
    }

    public long id() {
        return id;
    }

    public String holder() {
        return holder;
    }

    public LineKind kind() {
        return kind;
    }

    public Long reverses() {
        return reverses;
    }

    public long amountFen() {
        return amountFen;
    }

    public AccountLine toLine(Long reversedBy) {
        return new AccountLine(id, holder, kind, amountFen, cardNumber, bookedAt.toInstant(), bookedOn.toLocalDate(),
                note, reverses, reversedBy, bookedBy);
    }
}
