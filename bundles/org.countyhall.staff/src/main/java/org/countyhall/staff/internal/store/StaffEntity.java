package org.countyhall.staff.internal.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.Version;

import org.countyhall.staff.api.Building;
import org.countyhall.staff.api.StaffMember;
import org.countyhall.staff.api.StaffRole;
import org.countyhall.staff.api.StaffState;

/** A row of STAFF_MEMBER with its qualifications; mutable only inside the store's transactions. */
@Entity
@Table(name = "STAFF_MEMBER")
public class StaffEntity {

    @Id
    @Column(name = "STAFF_NUMBER", length = 20)
    private String number;

    @Column(name = "NAME", length = 50, nullable = false)
    private String name;

    @Column(name = "DEPARTMENT", length = 100, nullable = false)
    private String department;

    @Enumerated(EnumType.STRING)
    @Column(name = "BUILDING", length = 10, nullable = false)
    private Building building;

    @Column(name = "JOB_TITLE", length = 50)
    private String position;

    @Column(name = "PHONE", length = 30)
    private String phone;

    // eager: every view shows them, and OpenJPA loads them for a whole page in one extra query
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "STAFF_QUALIFICATION", joinColumns = @JoinColumn(name = "STAFF_NUMBER"))
    @Column(name = "ITEM_CODE", length = 40)
    private Set<String> qualifications = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "STAFF_ROLE", joinColumns = @JoinColumn(name = "STAFF_NUMBER"))
    @Enumerated(EnumType.STRING)
    @Column(name = "ROLE_NAME", length = 20)
    private Set<StaffRole> roles = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", length = 10, nullable = false)
    private StaffState state;

    // a DATE column as java.sql.Date: no zone involved, the day is the centre's local day
    @Column(name = "LEFT_ON")
    private java.sql.Date leftOn;

    @Column(name = "DEPARTURE_REASON", length = 500)
    private String departureReason;

    @Column(name = "DEPARTURE_FORCED", nullable = false)
    private boolean departureForced;

    // kept by StaffStore.addPhoto/removePhoto: the flag is part of the record, so a photo changes its version
    @Column(name = "HAS_PHOTO", nullable = false)
    private boolean hasPhoto;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "UPDATED_AT", nullable = false)
    private Date updatedAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected StaffEntity() {
    }

    public StaffEntity(String number) {
        this.number = number;
        this.state = StaffState.ACTIVE;
    }

    /** Sets the editable fields. */
    public void edit(String name, String department, Building building, String position, List<String> qualifications,
            Instant now) {
        this.name = name;
        this.department = department;
        this.building = building;
        this.position = position;
        this.qualifications.clear();
        this.qualifications.addAll(qualifications);
        this.updatedAt = Date.from(now);
    }

    /** Replaces the roles; null keeps them (an input without roles). */
    public void roles(List<StaffRole> roles) {
        if (roles != null) {
            this.roles.clear();
            this.roles.addAll(roles);
        }
    }

    /** Sets the phone; null keeps it (an input without one), "" removes it. */
    public void phone(String phone) {
        if (phone != null) {
            this.phone = phone.isEmpty() ? null : phone;
        }
    }

    /** Records the departure. */
    public void depart(LocalDate on, String reason, boolean forced, Instant now) {
        this.state = StaffState.LEFT;
        this.leftOn = java.sql.Date.valueOf(on);
        this.departureReason = reason;
        this.departureForced = forced;
        this.updatedAt = Date.from(now);
    }

    public String number() {
        return number;
    }

    public String department() {
        return department;
    }

    public StaffState state() {
        return state;
    }

    public long version() {
        return version;
    }

    /** True if the editable fields already hold these values (an import then leaves the row alone). */
    public boolean sameAs(String name, String department, Building building, String position,
            List<String> qualifications, List<StaffRole> roles, String phone) {
        return (phone == null || java.util.Objects.equals(this.phone, phone.isEmpty() ? null : phone))
                && this.name.equals(name) && this.department.equals(department) && this.building == building
                && java.util.Objects.equals(this.position, position)
                && this.qualifications.equals(new TreeSet<>(qualifications))
                && (roles == null || this.roles.equals(new TreeSet<>(roles)));
    }

    /** Records whether a photo is stored (a change of the record: its version moves). */
    public void photo(boolean present) {
        this.hasPhoto = present;
    }

    public boolean hasPhoto() {
        return hasPhoto;
    }

    /** The DTO. */
    public StaffMember toMember() {
        return new StaffMember(number, name, department, building, position, List.copyOf(new TreeSet<>(qualifications)),
                state, hasPhoto, leftOn == null ? null : leftOn.toLocalDate(), departureReason, departureForced,
                updatedAt.toInstant(), version, List.copyOf(new TreeSet<>(roles)), phone);
    }
}
