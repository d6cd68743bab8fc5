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

import org.countyhall.badges.api.ApplicationInput;
import org.countyhall.badges.api.ApplicationState;
import org.countyhall.badges.api.CardApplication;

/** A row of BADGES_APPLICATION; OPEN_APPLICANT follows the state (one open application per person). */
@Entity
@Table(name = "BADGES_APPLICATION")
public class ApplicationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @Column(name = "APPLICANT", length = 20, nullable = false)
    private String applicant;

    @Column(name = "OPEN_APPLICANT", length = 20)
    private String openApplicant;

    @Column(name = "APPLICANT_NAME", length = 100, nullable = false)
    private String applicantName;

    @Column(name = "UNIT", length = 100, nullable = false)
    private String unit;

    @Column(name = "REASON", length = 500, nullable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", length = 10, nullable = false)
    private ApplicationState state;

    @Column(name = "SUBMITTED_BY", length = 64, nullable = false)
    private String submittedBy;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "SUBMITTED_AT", nullable = false)
    private Date submittedAt;

    @Column(name = "DECIDED_BY", length = 64)
    private String decidedBy;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "DECIDED_AT")
    private Date decidedAt;

    @Column(name = "DECISION", length = 500)
    private String decision;

    @Column(name = "CARD_NUMBER", length = 20)
    private String cardNumber;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected ApplicationEntity() {
    }

    public ApplicationEntity(ApplicationInput in, String submittedBy, Instant now) {
        this.applicant = in.applicant();
        this.applicantName = in.applicantName();
        this.unit = in.unit();
        this.reason = in.reason();
        this.submittedBy = submittedBy;
        this.submittedAt = Date.from(now);
        moveTo(ApplicationState.SUBMITTED);
    }

    public void decide(ApplicationState to, String by, String decision, Instant now) {
        moveTo(to);
        this.decidedBy = by;
        this.decision = decision;
        this.decidedAt = Date.from(now);
    }

    public void usedFor(String cardNumber) {
        moveTo(ApplicationState.USED);
        this.cardNumber = cardNumber;
    }

    private void moveTo(ApplicationState to) {
        this.state = to;
        this.openApplicant = to == ApplicationState.SUBMITTED || to == ApplicationState.APPROVED ? applicant : null;
    }

    public long id() {
        return id;
    }

    public ApplicationState state() {
        return state;
    }

    public CardApplication toApplication() {
        return new CardApplication(id, applicant, applicantName, unit, reason, state, submittedBy,
                submittedAt.toInstant(), decidedBy, decidedAt == null ? null : decidedAt.toInstant(), decision,
                cardNumber, version);
    }
}
