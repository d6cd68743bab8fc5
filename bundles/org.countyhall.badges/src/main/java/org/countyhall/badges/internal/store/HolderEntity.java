package org.countyhall.badges.internal.store;

import java.time.Instant;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.Version;

import org.countyhall.staff.api.Building;

/** A row of BADGES_HOLDER: a person who has or had a card, as the badge shows them, and how many cards they had. */
@Entity
@Table(name = "BADGES_HOLDER")
public class HolderEntity {

    @Id
    @Column(name = "STAFF_NUMBER", length = 20)
    private String staffNumber;

    @Column(name = "NAME", length = 100, nullable = false)
    private String name;

    @Column(name = "UNIT", length = 100, nullable = false)
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "BUILDING", length = 10)
    private Building building;

    @Column(name = "CARDS", nullable = false)
    private int cards;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "UPDATED_AT", nullable = false)
    private Date updatedAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected HolderEntity() {
    }

    public HolderEntity(String staffNumber) {
        this.staffNumber = staffNumber;
    }

    /** The details of the person at this issuance (from the directory, or as the office stated them). */
    public void describe(String name, String unit, Building building, Instant now) {
        this.name = name;
        this.unit = unit;
        this.building = building;
        this.updatedAt = Date.from(now);
    }

    /** Counts one more card and answers its place in the holder's history (1 = the first). */
    public int countCard() {
        return ++cards;
    }

    public String staffNumber() {
        return staffNumber;
    }

    public String name() {
        return name;
    }

    public String unit() {
        return unit;
    }

    public int cards() {
        return cards;
    }
}
