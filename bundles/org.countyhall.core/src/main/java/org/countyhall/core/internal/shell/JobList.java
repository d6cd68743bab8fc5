package org.countyhall.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.countyhall.core.internal.job.JobService;

/** {@code job:list}: the registered periodic jobs. */
@Service
@Command(scope = "job", name = "list", description = "List periodic jobs")
public final class JobList implements Action {

    @Reference
    private JobService jobs;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Job");
        table.column("Cron");
        table.column("Period");
        jobs.registered().forEach((name, job) -> table.addRow().addContent(name, job.cron(), job.period()));
        table.print(System.out);
        return null;
    }
}
