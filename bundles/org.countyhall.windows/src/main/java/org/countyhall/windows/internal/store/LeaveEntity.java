package org.countyhall.windows.internal.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

import org.countyhall.windows.api.Leave;

/** A row of WINDOWS_LEAVE: granted leave of whole days; never edited, only withdrawn (deleted). */
@Entity
@Table(name = "WINDOWS_LEAVE")
public class LeaveEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @Column(name = "STAFF_NUMBER", length = 20, nullable = false)
    private String staffNumber;

    // DATE columns as java.sql.Date: whole days in the centre's zone, no time zone conversion
    @Column(name = "FIRST_DAY", nullable = false)
    private java.sql.Date firstDay;

    @Column(name = "LAST_DAY", nullable = false)
    private java.sql.Date lastDay;

    @Column(name = "SUBSTITUTE", length = 20)
    private String substitute;

    @Column(name = "SUBSTITUTE_CHECKED", nullable = false)
    private boolean substituteChecked;

    @Column(name = "REASON", length = 200)
    private String reason;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "GRANTED_AT", nullable = false)
    private Date grantedAt;

    protected LeaveEntity() {
    }

    public LeaveEntity(String staffNumber, LocalDate firstDay, LocalDate lastDay, String substitute,
            boolean substituteChecked, String reason, Instant grantedAt) {
        this.staffNumber = staffNumber;
        this.firstDay = java.sql.Date.valueOf(firstDay);
        this.lastDay = java.sql.Date.valueOf(lastDay);
        this.substitute = substitute;
        this.substituteChecked = substituteChecked;
        this.reason = reason;
        this.grantedAt = Date.from(grantedAt);
    }

    public Leave toLeave() {
        return new Leave(id, staffNumber, firstDay.toLocalDate(), lastDay.toLocalDate(), substitute,
                substituteChecked, reason, grantedAt.toInstant());
    }
}
