package org.countyhall.staff.api.spi;

import java.util.List;

/**
 * Registered by any bundle that must be asked before a person leaves (badges: card not returned; windows: still
 * holds an A/B post). Called outside any transaction, before the departure is written; it must be quick and must
 * not write. The office may override the vetoes; the DEPARTED event then says so ({@code forced}, {@code vetoedBy}).
 */
public interface DepartureCheck {

    /** Short name shown with the vetoes, e.g. {@code windows}. */
    String name();

    /** Reasons why {@code staffNumber} cannot leave yet, in words for the office; empty if nothing objects. */
    List<String> vetoes(String staffNumber);
}
