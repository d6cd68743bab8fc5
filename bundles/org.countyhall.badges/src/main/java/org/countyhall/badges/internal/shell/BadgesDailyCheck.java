package org.countyhall.badges.internal.shell;

import java.time.LocalDate;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.countyhall.badges.api.BadgeOffice;
import org.countyhall.badges.api.Finding;
import org.countyhall.core.api.rest.Params;

/** {@code badges:daily-check}: the daily check (L569) now, for a day (default today). */
@Service
@Command(scope = "badges", name = "daily-check", description = "Run the daily card check (L569): unreported losses announced once")
public final class BadgesDailyCheck implements Action {

    @Reference
    private BadgeOffice badges;

    @Option(name = "--date", description = "The day, yyyy-mm-dd (default today)")
    private String date;

    @Reference
    private java.time.Clock clock;

    @Override
    public Object execute() {
        LocalDate day = date == null ? LocalDate.now(clock) : Params.date("--date", date);
        List<Finding> found = badges.dailyCheck(day);
        System.out.println("Daily card check of " + day + ": " + found.size() + " unreported loss(es) announced");
        found.forEach(f -> System.out.println("  " + f.holder() + " card " + f.cardNumber() + " found " + f.day()
                + ": -" + f.points() + " points"));
        return null;
    }
}
