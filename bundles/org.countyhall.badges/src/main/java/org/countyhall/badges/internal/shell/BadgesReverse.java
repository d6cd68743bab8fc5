package org.countyhall.badges.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.countyhall.badges.api.BadgeOffice;
import org.countyhall.badges.api.AccountLine;

/** {@code badges:reverse}: cancel an account line with a reversing line. */
@Service
@Command(scope = "badges", name = "reverse", description = "Reverse a card account line, with a reason (e.g. a fine when the card came back)")
public final class BadgesReverse implements Action {

    @Reference
    private BadgeOffice badges;

    @Argument(index = 0, name = "line", required = true, description = "The line's number (badges:account)")
    private long line;

    @Argument(index = 1, name = "reason", required = true, description = "Why")
    private String reason;

    @Override
    public Object execute() {
        AccountLine r = badges.reverse(line, reason);
        System.out.println("Line " + line + " reversed by line " + r.id() + " (" + Out.yuan(r.amountFen()) + " yuan)");
        return null;
    }
}
