package org.countyhall.core.internal.shell;

import java.time.Clock;
import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.countyhall.core.api.job.JobRunner;
import org.countyhall.core.api.job.JobRunner.RunResult;

/** {@code job:run}: runs a job for a date, once per period like a scheduled run. */
@Service
@Command(scope = "job", name = "run", description = "Run a periodic job for a date (default today)")
public final class JobRun implements Action {

    @Reference
    private JobRunner jobs;

    @Reference
    private Clock clock;

    @Argument(index = 0, name = "job", required = true, description = "Job name (job:list)")
    private String job;

    @Option(name = "--date", description = "Business date yyyy-MM-dd (default today in the centre's zone)")
    private String date;

    @Override
    public Object execute() {
        LocalDate d = date == null ? LocalDate.now(clock) : LocalDate.parse(date);
        RunResult r = jobs.run(job, d);
        System.out.println(r.job() + " " + r.period() + ": " + r.outcome() + " (" + r.message() + ")");
        return null;
    }
}
