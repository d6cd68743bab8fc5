package org.countyhall.badges.internal.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.Version;

import org.countyhall.badges.api.Door;

/** A row of BADGES_DOOR. LAST_SYNC_AT is written by the sync itself (a native update, no version change). */
@Entity
@Table(name = "BADGES_DOOR")
public class DoorEntity {

    @Id
    @Column(name = "DOOR_ID", length = 20)
    private String doorId;

    @Column(name = "LOCATION", length = 100, nullable = false)
    private String location;

    @Column(name = "CONTROLLER", length = 64)
    private String controller;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "LAST_SYNC_AT")
    private Date lastSyncAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false)
    private Date createdAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected DoorEntity() {
    }

    public DoorEntity(String doorId, String location, String controller, Instant now) {
        this.doorId = doorId;
        this.location = location;
        this.controller = controller;
        this.createdAt = Date.from(now);
    }

    public String doorId() {
        return doorId;
    }

    public String controller() {
        return controller;
    }

    /** The record, {@code stale} when the last sync (or, before any, the creation) is older than {@code bound}. */
    public Door toDoor(Instant now, Duration bound) {
        Instant seen = lastSyncAt == null ? createdAt.toInstant() : lastSyncAt.toInstant();
        return new Door(doorId, location, controller, lastSyncAt == null ? null : lastSyncAt.toInstant(),
                seen.plus(bound).isBefore(now), version);
    }
}
