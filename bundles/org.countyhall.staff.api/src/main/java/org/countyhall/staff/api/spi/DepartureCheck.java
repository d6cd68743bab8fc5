package org.countyhall.staff.api.spi;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Registered by any bundle that must be asked before a person leaves (badges: card not returned; windows: still
 * holds an A/B post). For a departure it is called inside the departure's transaction, before the departure is
 * written: it may lock what it reads, so that what it judged cannot change until the departure commits (windows
 * takes its coverage lock, which every change of posts takes too); it must be quick and must not write. A check
 * that throws stops the departure (503). It is also called outside a transaction to list the vetoes. The office
 * may override the vetoes; the DEPARTED event then says so ({@code forced}, {@code vetoedBy}).
 */
@ConsumerType
public interface DepartureCheck {

    /** Short name shown with the vetoes, e.g. {@code windows}. */
    String name();

    /** Reasons why {@code staffNumber} cannot leave yet, in words for the office; empty if nothing objects. */
    List<String> vetoes(String staffNumber);
}
