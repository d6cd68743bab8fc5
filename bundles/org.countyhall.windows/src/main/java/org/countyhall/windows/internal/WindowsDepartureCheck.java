package org.countyhall.windows.internal;

import java.util.ArrayList;
import java.util.List;

import org.countyhall.staff.api.spi.DepartureCheck;
import org.countyhall.windows.api.Leave;
import org.countyhall.windows.api.Post;
import org.countyhall.windows.api.Window;
import org.countyhall.windows.api.WindowRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Vetoes the departure of a person who still holds the A or B post of a window (L837): reassign it first; or who is
 * the substitute named in granted leave that has not ended (L845): name another, or withdraw the leave.
 */
@Component(service = DepartureCheck.class)
public final class WindowsDepartureCheck implements DepartureCheck {

    private final WindowRegistry windows;

    @Activate
    public WindowsDepartureCheck(@Reference WindowRegistry windows) {
        this.windows = windows;
    }

    @Override
    public String name() {
        return "windows";
    }

    @Override
    public List<String> vetoes(String rawStaffNumber) {
        String staffNumber = WindowRules.key(rawStaffNumber);
        List<String> vetoes = new ArrayList<>();
        // under the registry's coverage lock, held until the departure commits: no post can be given meanwhile
        for (Window w : windows.heldByLocked(staffNumber)) {
            for (Post p : List.of(Post.A, Post.B)) {
                if (staffNumber.equals(w.holder(p))) {
                    vetoes.add("holds the " + p + " post at window " + w.number() + " (" + w.name() + ")");
                }
            }
        }
        // a substitute named in granted leave is that leave's coverage (L845): it would be gone with them
        for (Leave l : windows.coveredBy(staffNumber)) {
            vetoes.add("is the substitute (补岗) for " + l.staffNumber() + "'s leave " + l.firstDay() + ".." + l.lastDay());
        }
        return vetoes;
    }
}
