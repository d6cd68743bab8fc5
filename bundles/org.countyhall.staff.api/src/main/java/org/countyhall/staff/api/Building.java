package org.countyhall.staff.api;

/** Where a staff member works: the centre's main building or another site (village or department office). */
public enum Building {
    MAIN, OTHER
}
