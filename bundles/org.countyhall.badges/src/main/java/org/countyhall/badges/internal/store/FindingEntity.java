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
import javax.persistence.Version;

import org.countyhall.badges.api.Finding;
import org.countyhall.badges.api.FindingKind;

/** A row of BADGES_FINDING; the daily check marks it checked (with its points) in the transaction of its event. */
@Entity
@Table(name = "BADGES_FINDING")
public class FindingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 15, nullable = false)
    private FindingKind kind;

    @Column(name = "HOLDER", length = 20, nullable = false)
    private String holder;

    @Column(name = "CARD_NUMBER", length = 20)
    private String cardNumber;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "FOUND_AT", nullable = false)
    private Date foundAt;

    @Column(name = "FOUND_ON", nullable = false)
    private java.sql.Date foundOn;

    @Column(name = "NOTE", length = 500)
    private String note;

    @Column(name = "LOSS_REPORTED")
    private Boolean lossReported;

    @Column(name = "CHECKED_ON")
    private java.sql.Date checkedOn;

    @Column(name = "POINTS", nullable = false)
    private int points;

    @Column(name = "RECORDED_BY", length = 64, nullable = false)
    private String recordedBy;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected FindingEntity() {
    }

    public FindingEntity(FindingKind kind, String holder, String cardNumber, Instant at, LocalDate day, String note,
            Boolean lossReported, String recordedBy) {
        this.kind = kind;
        this.holder = holder;
        this.cardNumber = cardNumber;
        this.foundAt = Date.from(at);
        this.foundOn = java.sql.Date.valueOf(day);
        this.note = note;
        this.lossReported = lossReported;
        this.recordedBy = recordedBy;
    }

    public void checked(LocalDate on, int points) {
        this.checkedOn = java.sql.Date.valueOf(on);
        this.points = points;
    }

    public long id() {
        return id;
    }

    public String holder() {
        return holder;
    }

    public LocalDate day() {
        return foundOn.toLocalDate();
    }

    public Finding toFinding() {
        return new Finding(id, kind, holder, cardNumber, foundAt.toInstant(), foundOn.toLocalDate(), note,
                lossReported, checkedOn == null ? null : checkedOn.toLocalDate(), points, recordedBy);
    }
}
