package org.countyhall.staff.api;

/** A staff member is active until their departure (离职/调动) is recorded. */
public enum StaffState {
    ACTIVE, LEFT
}
