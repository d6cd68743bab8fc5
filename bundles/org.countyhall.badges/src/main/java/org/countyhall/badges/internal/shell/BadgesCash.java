package org.countyhall.badges.internal.shell;

import java.time.LocalDate;
import java.time.YearMonth;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.countyhall.badges.api.BadgeOffice;
import org.countyhall.badges.api.CashReport;
import org.countyhall.core.api.error.ValidationException;
import org.countyhall.core.api.rest.Params;

/** {@code badges:cash}: deposits, fees and refunds of a day or a month, for finance. */
@Service
@Command(scope = "badges", name = "cash", description = "Cash report of a day (yyyy-mm-dd) or a month (yyyy-MM): deposits, fees, refunds")
public final class BadgesCash implements Action {

    @Reference
    private BadgeOffice badges;

    @Argument(index = 0, name = "period", required = true, description = "A day yyyy-mm-dd or a month yyyy-MM")
    private String period;

    @Override
    public Object execute() {
        String p = period.strip();
        CashReport r;
        if (p.length() == 7) {
            YearMonth m;
            try {
                m = YearMonth.parse(p);
            } catch (java.time.format.DateTimeParseException e) {
                throw new ValidationException("period", "a day yyyy-mm-dd or a month yyyy-MM");
            }
            r = badges.cash(m.atDay(1), m.atEndOfMonth());
        } else {
            LocalDate d = Params.date("period", p);
            r = badges.cash(d, d);
        }
        System.out.println("Cash " + r.from() + ".." + r.to() + ": deposits " + Out.yuan(r.depositsFen())
                + ", fees " + Out.yuan(r.feesFen()) + ", refunds " + Out.yuan(r.refundsFen()) + ", net "
                + Out.yuan(r.netFen()) + " yuan (" + r.lines() + " line(s))");
        return null;
    }
}
