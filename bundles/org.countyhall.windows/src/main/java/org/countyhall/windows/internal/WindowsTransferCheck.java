package org.countyhall.windows.internal;

import java.util.ArrayList;
import java.util.List;

import org.countyhall.staff.api.Building;
import org.countyhall.staff.api.spi.TransferCheck;
import org.countyhall.windows.api.Leave;
import org.countyhall.windows.api.Post;
import org.countyhall.windows.api.Window;
import org.countyhall.windows.api.WindowRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Vetoes a transfer (调动) to another department while the person holds the A or B post of a window of a department
 * other than the new one (L837: reassign it first), or is the substitute named in leave that has not ended (L845).
 * A move to another building within the same department keeps the posts.
 */
@Component(service = TransferCheck.class)
public final class WindowsTransferCheck implements TransferCheck {

    private final WindowRegistry windows;

    @Activate
    public WindowsTransferCheck(@Reference WindowRegistry windows) {
        this.windows = windows;
    }

    @Override
    public String name() {
        return "windows";
    }

    @Override
    public List<String> vetoes(String rawStaffNumber, String toDepartment, Building toBuilding) {
        String staffNumber = WindowRules.key(rawStaffNumber);
        List<String> vetoes = new ArrayList<>();
        // under the registry's coverage lock, held until the transfer commits: no post can be given meanwhile
        List<Window> held = windows.heldByLocked(staffNumber);
        for (Window w : held) {
            if (w.department().equals(toDepartment)) {
                continue;
            }
            for (Post p : List.of(Post.A, Post.B)) {
                if (staffNumber.equals(w.holder(p))) {
                    vetoes.add("holds the " + p + " post at window " + w.number() + " (" + w.name() + ", "
                            + w.department() + ")");
                }
            }
        }
        if (held.stream().anyMatch(w -> !w.department().equals(toDepartment))) {
            for (Leave l : windows.coveredBy(staffNumber)) {
                vetoes.add("is the substitute (补岗) for " + l.staffNumber() + "'s leave " + l.firstDay() + ".."
                        + l.lastDay());
            }
        }
        return vetoes;
    }
}
