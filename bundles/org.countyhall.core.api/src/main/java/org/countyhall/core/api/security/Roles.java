package org.countyhall.core.api.security;

import java.util.Set;

/** The CountyHall role names (not Karaf's own roles). */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String OFFICE = "office";
    public static final String WINDOW = "window";
    public static final String FINANCE = "finance";
    public static final String FINANCE_MANAGER = "finance-manager";
    public static final String SALES_MANAGER = "sales-manager";
    public static final String DEPT_HEAD = "dept-head";
    public static final String SUPERVISOR = "supervisor";
    public static final String DOOR = "door";

    /** Every role a user may be given. */
    /** Roles of device accounts (door controllers): not persons, no console, no {@code AnySignedIn} endpoint. */
    public static final Set<String> DEVICES = Set.of(DOOR);

    public static final Set<String> ALL = Set.of(ADMIN, OFFICE, WINDOW, FINANCE, FINANCE_MANAGER, SALES_MANAGER,
            DEPT_HEAD, SUPERVISOR, DOOR);

    private Roles() {
    }
}
