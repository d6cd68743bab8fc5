package org.countyhall.staff.api.spi;

import java.util.List;

import org.countyhall.staff.api.Building;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Registered by any bundle that must be asked before a person moves to another department or building (调动):
 * windows (posts at windows of other departments), badges (a main-building card when moving out of it). Called as
 * a {@link DepartureCheck} is: inside the transfer's transaction before it is written (a check may lock what it
 * judged), and outside one to list the vetoes; a check that throws stops the transfer (503).
 */
@ConsumerType
public interface TransferCheck {

    /** Short name shown with the vetoes, e.g. {@code windows}. */
    String name();

    /** Why the person may not move to {@code toDepartment} / {@code toBuilding} now; empty if nothing objects. */
    List<String> vetoes(String staffNumber, String toDepartment, Building toBuilding);
}
