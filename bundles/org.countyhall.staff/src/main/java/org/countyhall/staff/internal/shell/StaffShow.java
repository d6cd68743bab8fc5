package org.countyhall.staff.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.countyhall.core.api.error.NotFoundException;
import org.countyhall.staff.api.StaffDirectory;
import org.countyhall.staff.api.StaffMember;
import org.countyhall.staff.api.StaffState;
import org.countyhall.staff.api.Veto;

/** {@code staff:show}: one person, with what would block their departure now. */
@Service
@Command(scope = "staff", name = "show", description = "Show a staff member")
public final class StaffShow implements Action {

    @Reference
    private StaffDirectory staff;

    @Argument(index = 0, name = "number", required = true, description = "Staff number")
    @Completion(StaffNumberCompleter.class)
    private String number;

    @Override
    public Object execute() {
        StaffMember m = staff.find(number).orElseThrow(() -> new NotFoundException("No staff member " + number));
        System.out.println("Number:         " + m.number());
        System.out.println("Name:           " + m.name());
        System.out.println("Department:     " + m.department());
        System.out.println("Building:       " + m.building());
        System.out.println("Position:       " + (m.position() == null ? "" : m.position()));
        // in full for the office, admins, department heads and the person; masked for everyone else
        System.out.println("Phone:          " + (m.phone() == null ? "" : m.phone()));
        System.out.println("Qualifications: " + String.join(", ", m.qualifications()));
        System.out.println("Roles:          " + String.join(", ", m.roles().stream()
                .map(r -> r.name() + " (" + r.label() + ")").toList()));
        System.out.println("Photo:          " + (m.hasPhoto() ? "yes" : "no"));
        System.out.println("State:          " + m.state());
        if (m.state() == StaffState.LEFT) {
            System.out.println("Left on:        " + m.leftOn() + (m.departureForced() ? " (forced)" : ""));
            System.out.println("Reason:         " + m.departureReason());
        } else {
            List<Veto> vetoes = staff.departureVetoes(number);
            System.out.println("Departure:      " + (vetoes.isEmpty() ? "nothing objects" : vetoes.size() + " veto(es)"));
            vetoes.forEach(v -> System.out.println("  " + v.check() + ": " + v.reason()));
        }
        System.out.println("Version:        " + m.version() + ", updated " + m.updatedAt());
        return null;
    }
}
