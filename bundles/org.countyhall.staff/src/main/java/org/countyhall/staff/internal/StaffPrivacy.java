package org.countyhall.staff.internal;

import org.countyhall.core.api.security.Actor;
import org.countyhall.core.api.security.Roles;
import org.countyhall.staff.api.StaffMember;

/**
 * Who reads a person's phone in full (domain §11, L79/L155: personal data only for the roles that need it): the
 * office and admins, who keep the directory; department heads, who reach their people; and the person. Every other
 * reader, and every list whoever reads it, gets {@link StaffMember#masked()}.
 */
final class StaffPrivacy {

    private StaffPrivacy() {
    }

    static boolean seesContact(Actor reader, String number) {
        return reader.hasRole(Roles.OFFICE) || reader.hasRole(Roles.ADMIN) || reader.hasRole(Roles.DEPT_HEAD)
                || number.equals(reader.staffNumber());
    }

    static StaffMember forReader(StaffMember member, Actor reader) {
        return seesContact(reader, member.number()) ? member : member.masked();
    }
}
