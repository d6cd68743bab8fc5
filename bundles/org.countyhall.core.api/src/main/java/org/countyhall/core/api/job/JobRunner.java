package org.countyhall.core.api.job;

import java.time.LocalDate;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Runs registered jobs on demand (console {@code job:run --date}) with the same once-per-period claim. */
@ProviderType
public interface JobRunner {

    /** Claims {@code (job, period of date)} and runs the job; a period already claimed is not run again. */
    RunResult run(String jobName, LocalDate date);

    /** Names of the registered jobs. */
    List<String> jobs();

    /** What happened: RAN (and succeeded), ALREADY_CLAIMED, FAILED (the claim is released), UNKNOWN_JOB. */
    record RunResult(String job, LocalDate period, Outcome outcome, String message) {
    }

    /** The outcome of one attempt. */
    enum Outcome { RAN, ALREADY_CLAIMED, FAILED, UNKNOWN_JOB }
}
