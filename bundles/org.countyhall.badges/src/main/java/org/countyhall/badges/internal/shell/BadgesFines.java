package org.countyhall.badges.internal.shell;

import java.time.YearMonth;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.countyhall.badges.api.BadgeOffice;
import org.countyhall.badges.api.FineRow;
import org.apache.karaf.shell.support.table.ShellTable;
import org.countyhall.core.api.error.ValidationException;

/** {@code badges:fines}: the month's fines per unit for salary deduction (L577). */
@Service
@Command(scope = "badges", name = "fines", description = "The month's card fines per unit and holder (L577)")
public final class BadgesFines implements Action {

    @Reference
    private BadgeOffice badges;

    @Argument(index = 0, name = "month", required = true, description = "yyyy-MM")
    private String month;

    @Option(name = "--unit", description = "Only this unit")
    private String unit;

    @Override
    public Object execute() {
        YearMonth m;
        try {
            m = YearMonth.parse(month.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new ValidationException("month", "a month yyyy-MM");
        }
        List<FineRow> rows = badges.fines(m, unit);
        ShellTable t = new ShellTable();
        for (String c : new String[] {"Unit", "Holder", "Name", "Fines", "Yuan"}) {
            t.column(c);
        }
        long total = 0;
        for (FineRow r : rows) {
            t.addRow().addContent(r.unit(), r.holder(), r.holderName(), r.fines(), Out.yuan(r.amountFen()));
            total += r.amountFen();
        }
        t.print(System.out);
        System.out.println(rows.size() + " holder(s), " + Out.yuan(total) + " yuan");
        return null;
    }
}
