package org.countyhall.staff.api;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;

import org.countyhall.core.api.csv.ImportReport;
import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The staff directory. Writes are transactional, audited and announced in the outbox ({@link StaffEvents}); they
 * throw the exceptions of {@code org.countyhall.core.api.error} (400 invalid input, 404 unknown number, 409 a
 * duplicate number, a stale version or a vetoed departure).
 */
@ProviderType
public interface StaffDirectory {

    /**
     * The person with that staff number, if any (also after they left); the phone in full only when the current
     * actor is the office, an admin, a department head or the person, else masked.
     */
    Optional<StaffMember> find(String number);

    /** People matching the query, ordered by staff number; phones masked, whoever asks. */
    Page<StaffMember> search(StaffQuery query, PageRequest page);

    /** Adds a person (state ACTIVE). */
    StaffMember create(StaffInput input);

    /** Replaces a person's details if {@code expectedVersion} is still current; the number cannot change. */
    StaffMember update(String number, long expectedVersion, StaffInput input);

    /** What the registered {@link org.countyhall.staff.api.spi.DepartureCheck}s object to, now. */
    List<Veto> departureVetoes(String number);

    /**
     * Records a departure. Refused (409 {@code departure-vetoed}) while a check vetoes it, unless forced with a
     * reason; a forced departure names the overridden checks in the audit trail and the DEPARTED event.
     */
    StaffMember depart(String number, Departure departure);

    /** What would veto moving the person as {@code transfer} says, now (404 for an unknown number). */
    List<Veto> transferVetoes(String number, Transfer transfer);

    /**
     * Moves an active person to another department and/or building (调动), asking every
     * {@link org.countyhall.staff.api.spi.TransferCheck}; 409 {@code transfer-vetoed} unless forced with a reason.
     */
    StaffMember transfer(String number, Transfer transfer);

    /** The person's photo, if one is stored. */
    Optional<Photo> photo(String number);

    /** Stores or replaces the photo (JPEG or PNG, size-limited by configuration). */
    void putPhoto(String number, Photo photo);

    /** Removes the photo; no error if there is none. */
    void deletePhoto(String number);

    /**
     * Imports people from CSV (UTF-8, or GBK as saved by Excel; {@code charset} null = detect): new numbers are
     * created, known ones updated. All rows or none: with any problem nothing is written and the report lists
     * every problem; {@code dryRun} only checks.
     */
    ImportReport importCsv(byte[] csv, Charset charset, boolean dryRun);
}
