package org.countyhall.badges.internal.store;

import java.time.Instant;
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

import org.countyhall.badges.api.Card;
import org.countyhall.badges.api.CardBasis;
import org.countyhall.badges.api.CardState;
import org.countyhall.badges.api.IssueReason;

/**
 * A row of BADGES_CARD. The state changes only through {@link #moveTo}, which keeps ACTIVE_HOLDER and LIVE_CHIP (the
 * columns whose unique constraints make one active card per holder and one live card per chip) in step with it.
 */
@Entity
@Table(name = "BADGES_CARD")
public class CardEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @Column(name = "CARD_NUMBER", length = 20, nullable = false)
    private String number;

    @Column(name = "CHIP_UID", length = 20, nullable = false)
    private String chipUid;

    @Column(name = "LIVE_CHIP", length = 20)
    private String liveChip;

    @Column(name = "HOLDER", length = 20, nullable = false)
    private String holder;

    @Column(name = "ACTIVE_HOLDER", length = 20)
    private String activeHolder;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", length = 10, nullable = false)
    private CardState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "BASIS", length = 15, nullable = false)
    private CardBasis basis;

    @Enumerated(EnumType.STRING)
    @Column(name = "REASON", length = 10, nullable = false)
    private IssueReason reason;

    @Column(name = "ISSUANCE", nullable = false)
    private int issuance;

    @Column(name = "REPLACES", length = 20)
    private String replaces;

    @Column(name = "REPLACED_BY", length = 20)
    private String replacedBy;

    @Column(name = "APPLICATION_ID")
    private Long applicationId;

    @Column(name = "STAFF_CHECKED", nullable = false)
    private boolean staffChecked;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "ISSUED_AT", nullable = false)
    private Date issuedAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "LOST_AT")
    private Date lostAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CHANGED_AT", nullable = false)
    private Date changedAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected CardEntity() {
    }

    public CardEntity(String number, String chipUid, String holder, CardBasis basis, IssueReason reason, int issuance,
            String replaces, Long applicationId, boolean staffChecked, Instant now) {
        this.number = number;
        this.chipUid = chipUid;
        this.holder = holder;
        this.basis = basis;
        this.reason = reason;
        this.issuance = issuance;
        this.replaces = replaces;
        this.applicationId = applicationId;
        this.staffChecked = staffChecked;
        this.issuedAt = Date.from(now);
        moveTo(CardState.ACTIVE, now);
    }

    public void moveTo(CardState to, Instant now) {
        this.state = to;
        this.activeHolder = to == CardState.ACTIVE ? holder : null;
        this.liveChip = to == CardState.ACTIVE || to == CardState.LOST || to == CardState.FOUND ? chipUid : null;
        if (to == CardState.LOST) {
            this.lostAt = Date.from(now);
        }
        this.changedAt = Date.from(now);
    }

    public void replacedBy(String number) {
        this.replacedBy = number;
    }

    public long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public String chipUid() {
        return chipUid;
    }

    public String holder() {
        return holder;
    }

    public CardState state() {
        return state;
    }

    public IssueReason reason() {
        return reason;
    }

    public String replacedBy() {
        return replacedBy;
    }

    public CardBasis basis() {
        return basis;
    }

    public Instant lostAt() {
        return lostAt == null ? null : lostAt.toInstant();
    }

    public long version() {
        return version;
    }

    public Card toCard(HolderEntity h) {
        return new Card(number, chipUid, holder, h == null ? null : h.name(), h == null ? null : h.unit(), state,
                basis, reason, issuance, replaces, issuedAt.toInstant(), changedAt.toInstant(), staffChecked, version);
    }
}
