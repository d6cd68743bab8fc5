package org.countyhall.badges.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.countyhall.badges.api.BadgeOffice;
import org.countyhall.badges.api.Door;
import org.countyhall.badges.api.DoorInput;

/** {@code badges:door-add}: add a door with its controller's device account. */
@Service
@Command(scope = "badges", name = "door-add", description = "Add a door (its controller: a user with role door)")
public final class BadgesDoorAdd implements Action {

    @Reference
    private BadgeOffice badges;

    @Argument(index = 0, name = "door", required = true, description = "Door id, e.g. MAIN-1")
    private String door;

    @Argument(index = 1, name = "location", required = true, description = "Where the door is")
    private String location;

    @Option(name = "--controller", description = "Username of the controller's device account (role door)")
    private String controller;

    @Override
    public Object execute() {
        Door d = badges.addDoor(new DoorInput(door, location, controller));
        System.out.println("Door " + d.doorId() + " (" + d.location() + ") added"
                + (d.controller() == null ? "" : ", controller " + d.controller()));
        return null;
    }
}
