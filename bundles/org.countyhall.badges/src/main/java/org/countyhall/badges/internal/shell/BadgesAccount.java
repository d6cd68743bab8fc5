package org.countyhall.badges.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.countyhall.badges.api.BadgeOffice;
import org.countyhall.badges.api.Account;
import org.countyhall.badges.api.AccountLine;
import org.countyhall.core.api.rest.PageRequest;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code badges:account}: a holder's card account, totals and lines. */
@Service
@Command(scope = "badges", name = "account", description = "Show a holder's card account: deposit, fees, fines, lines")
public final class BadgesAccount implements Action {

    @Reference
    private BadgeOffice badges;

    @Argument(index = 0, name = "holder", required = true, description = "The holder's staff number")
    private String holder;

    @Option(name = "--offset", description = "Lines to skip")
    private Integer offset;

    @Option(name = "--limit", description = "Lines to show (default 50)")
    private Integer limit;

    @Override
    public Object execute() {
        Account a = badges.account(holder, PageRequest.of(offset, limit));
        System.out.println("Card account of " + a.holder() + ": deposit held " + Out.yuan(a.depositHeldFen())
                + ", fees " + Out.yuan(a.feesFen()) + ", fines " + Out.yuan(a.finesFen()) + ", balance "
                + Out.yuan(a.balanceFen()) + " yuan");
        ShellTable t = new ShellTable();
        for (String c : new String[] {"Line", "Day", "Kind", "Yuan", "Card", "Note", "Reverses", "Reversed by", "By"}) {
            t.column(c);
        }
        for (AccountLine l : a.lines().items()) {
            t.addRow().addContent(l.id(), l.day(), l.kind(), Out.yuan(l.amountFen()), l.cardNumber(), l.note(),
                    l.reverses() == null ? "" : l.reverses(), l.reversedBy() == null ? "" : l.reversedBy(), l.by());
        }
        t.print(System.out);
        System.out.println(a.lines().items().size() + " of " + a.lines().total() + " line(s)");
        return null;
    }
}
