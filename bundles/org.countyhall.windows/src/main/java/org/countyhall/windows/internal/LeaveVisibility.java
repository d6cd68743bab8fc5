package org.countyhall.windows.internal;

import org.countyhall.core.api.security.Actor;
import org.countyhall.core.api.security.Roles;

/**
 * Who reads whose leave (its reasons are personal): the office, supervisors and admins every department's; a
 * department head who is none of those only their own department's.
 */
public final class LeaveVisibility {

    private LeaveVisibility() {
    }

    /** True when {@code reader} may read only the leave of their own department. */
    public static boolean ownDepartmentOnly(Actor reader) {
        return reader.hasRole(Roles.DEPT_HEAD) && !reader.hasRole(Roles.ADMIN) && !reader.hasRole(Roles.OFFICE)
                && !reader.hasRole(Roles.SUPERVISOR);
    }
}
