package org.countyhall.badges.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.countyhall.badges.api.BadgeOffice;
import org.countyhall.badges.api.Finding;
import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.core.api.rest.Params;
import org.countyhall.core.api.shell.ListCommand;

/** {@code badges:findings}: findings, newest first. */
@Service
@Command(scope = "badges", name = "findings", description = "List findings of the checks")
public final class BadgesFindings extends ListCommand<Finding> {

    @Reference
    private BadgeOffice badges;

    @Option(name = "--date", description = "Only this day, yyyy-mm-dd")
    private String date;

    @Option(name = "--holder", description = "Only this holder")
    private String holder;

    public BadgesFindings() {
        super("Id", "Day", "Kind", "Holder", "Card", "Reported", "Checked", "Points", "Note");
    }

    @Override
    protected Page<Finding> page(PageRequest page) {
        return badges.findings(date == null ? null : Params.date("--date", date), holder, page);
    }

    @Override
    protected Object[] row(Finding f) {
        return new Object[] {f.id(), f.day(), f.kind(), f.holder(), f.cardNumber(), f.lossReported(), f.checkedOn(),
            f.points(), f.note()};
    }
}
