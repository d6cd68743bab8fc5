package org.countyhall.testing;

import java.nio.charset.Charset;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.countyhall.core.api.csv.ImportReport;
import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.staff.api.Building;
import org.countyhall.staff.api.Departure;
import org.countyhall.staff.api.Photo;
import org.countyhall.staff.api.StaffDirectory;
import org.countyhall.staff.api.StaffInput;
import org.countyhall.staff.api.StaffMember;
import org.countyhall.staff.api.StaffQuery;
import org.countyhall.staff.api.StaffState;
import org.countyhall.staff.api.Transfer;
import org.countyhall.staff.api.Veto;

/**
 * The part of the staff directory other domains read (find, search by department, photo), over people a test adds:
 * for the use-case tests of every domain that checks staff numbers (windows' posts, badges' holders). Writes throw.
 */
public final class FakeStaffDirectory implements StaffDirectory {

    private final Map<String, StaffMember> people = new TreeMap<>();
    private final Map<String, Photo> photos = new TreeMap<>();

    /** Gives the person a photo (and the record its flag). */
    public FakeStaffDirectory withPhoto(String number) {
        StaffMember m = people.get(number);
        people.put(number, new StaffMember(m.number(), m.name(), m.department(), m.building(), m.position(),
                m.qualifications(), m.state(), true, m.leftOn(), m.departureReason(), false, Instant.EPOCH,
                m.version() + 1));
        photos.put(number, new Photo("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        return this;
    }

    /** An active person of the main building named 职员{number}, qualified for {@code qualifications}. */
    public FakeStaffDirectory person(String number, String department, String... qualifications) {
        people.put(number, new StaffMember(number, "职员" + number, department, Building.MAIN, "科员",
                List.of(qualifications), StaffState.ACTIVE, false, null, null, false, Instant.EPOCH, 1));
        return this;
    }

    /** An active person of {@code building} named 职员{number}. */
    public FakeStaffDirectory person(String number, String department, Building building) {
        people.put(number, new StaffMember(number, "职员" + number, department, building, "科员",
                List.of(), StaffState.ACTIVE, false, null, null, false, Instant.EPOCH, 1));
        return this;
    }

    /** The person left on 2026-11-30. */
    public FakeStaffDirectory left(String number) {
        StaffMember m = people.get(number);
        people.put(number, new StaffMember(m.number(), m.name(), m.department(), m.building(), m.position(),
                m.qualifications(), StaffState.LEFT, false, LocalDate.of(2026, 11, 30), "调离", false,
                Instant.EPOCH, 2));
        return this;
    }

    @Override
    public Optional<StaffMember> find(String number) {
        return Optional.ofNullable(people.get(number));
    }

    @Override
    public Page<StaffMember> search(StaffQuery query, PageRequest page) {
        List<StaffMember> all = people.values().stream()
                .filter(m -> query.department() == null || m.department().equals(query.department())).toList();
        return new Page<>(all.stream().skip(page.offset()).limit(page.limit()).toList(), page.offset(), page.limit(),
                all.size());
    }

    @Override
    public StaffMember create(StaffInput input) {
        throw new UnsupportedOperationException();
    }

    @Override
    public StaffMember update(String number, long expectedVersion, StaffInput input) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Veto> departureVetoes(String number) {
        throw new UnsupportedOperationException();
    }

    @Override
    public StaffMember depart(String number, Departure departure) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Veto> transferVetoes(String number, Transfer transfer) {
        throw new UnsupportedOperationException();
    }

    @Override
    public StaffMember transfer(String number, Transfer transfer) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Photo> photo(String number) {
        return Optional.ofNullable(photos.get(number));
    }

    @Override
    public void putPhoto(String number, Photo photo) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void deletePhoto(String number) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ImportReport importCsv(byte[] csv, Charset charset, boolean dryRun) {
        throw new UnsupportedOperationException();
    }
}
