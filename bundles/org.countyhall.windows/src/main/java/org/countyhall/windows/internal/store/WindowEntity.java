package org.countyhall.windows.internal.store;

import java.time.Instant;
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

import org.countyhall.windows.api.Post;
import org.countyhall.windows.api.Window;
import org.countyhall.windows.api.WindowInput;
import org.countyhall.windows.api.WindowState;
import org.countyhall.windows.api.WindowType;

/** A row of WINDOWS_REGISTRY with its item codes; mutable only inside the service's transactions. */
@Entity
@Table(name = "WINDOWS_REGISTRY")
public class WindowEntity {

    @Id
    @Column(name = "WINDOW_NUMBER", length = 10)
    private String number;

    @Column(name = "NAME", length = 100, nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "WINDOW_TYPE", length = 20, nullable = false)
    private WindowType type;

    @Column(name = "DEPARTMENT", length = 100, nullable = false)
    private String department;

    @Column(name = "HALL", length = 50, nullable = false)
    private String hall;

    @Column(name = "FLOOR_NO", nullable = false)
    private int floor;

    @Column(name = "CALENDAR_NAME", length = 40, nullable = false)
    private String calendar;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", length = 10, nullable = false)
    private WindowState state;

    @Column(name = "DIRECTOR", length = 20)
    private String director;

    @Column(name = "DEPUTY", length = 20)
    private String deputy;

    @Column(name = "A_STAFF", length = 20)
    private String a;

    @Column(name = "B_STAFF", length = 20)
    private String b;

    @Column(name = "COMPLAINT_PHONE", length = 30)
    private String complaintPhone;

    @Column(name = "COMPLAINT_EMAIL", length = 200)
    private String complaintEmail;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "WINDOWS_ITEM", joinColumns = @JoinColumn(name = "WINDOW_NUMBER"))
    @Column(name = "ITEM_CODE", length = 40)
    private Set<String> itemCodes = new TreeSet<>();

    @Column(name = "STAFF_CHECKED", nullable = false)
    private boolean staffChecked;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "UPDATED_AT", nullable = false)
    private Date updatedAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected WindowEntity() {
    }

    public WindowEntity(String number) {
        this.number = number;
    }

    /** Sets every editable field from a validated input. */
    public void edit(WindowInput in, boolean staffChecked, Instant now) {
        name = in.name();
        type = in.type();
        department = in.department();
        hall = in.hall();
        floor = in.floor();
        calendar = in.calendar();
        state = in.state();
        director = in.director();
        deputy = in.deputy();
        a = in.a();
        b = in.b();
        complaintPhone = in.complaintPhone();
        complaintEmail = in.complaintEmail();
        itemCodes.clear();
        itemCodes.addAll(in.itemCodes());
        this.staffChecked = staffChecked;
        updatedAt = Date.from(now);
    }

    /** Puts a person in a post or empties it. */
    public void assign(Post post, String staffNumber, boolean checked, Instant now) {
        switch (post) {
            case DIRECTOR -> director = staffNumber;
            case DEPUTY -> deputy = staffNumber;
            case A -> a = staffNumber;
            case B -> b = staffNumber;
        }
        staffChecked = staffChecked && checked;
        updatedAt = Date.from(now);
    }

    public void changeState(WindowState newState, Instant now) {
        state = newState;
        updatedAt = Date.from(now);
    }

    public String number() {
        return number;
    }

    public long version() {
        return version;
    }

    public Window toWindow() {
        return new Window(number, name, type, department, hall, floor, calendar, state, director, deputy, a, b,
                complaintPhone, complaintEmail, List.copyOf(new TreeSet<>(itemCodes)), staffChecked,
                updatedAt.toInstant(), version);
    }
}
