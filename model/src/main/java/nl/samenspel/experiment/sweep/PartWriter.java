package nl.samenspel.experiment.sweep;

import java.io.Closeable;
import java.io.IOException;

/**
 * Writes finished runs into one part of a sweep folder: the weekly block first, then the row,
 * each durable before the next, so a run counts as done (has a row) only when all of it is on disk.
 */
final class PartWriter implements SweepRunner.Sink, Closeable {
    private final RecordLog runs;
    private final RecordLog weekly;

    PartWriter(SweepFolder folder, String part, boolean withWeekly) throws IOException {
        this.weekly = withWeekly ? RecordLog.openForAppend(folder.weeklyLog(part)) : null;
        try {
            this.runs = RecordLog.openForAppend(folder.runsLog(part));
        } catch (IOException | RuntimeException e) {
            if (weekly != null) weekly.close();
            throw e;
        }
    }

    /** The runs log as it was when this process locked it. */
    RecordLog runs() {
        return runs;
    }

    @Override
    public void accept(SweepRunner.Output o) throws IOException {
        if (weekly != null) weekly.append(o.runId(), o.weekly());
        runs.append(o.runId(), o.row());
    }

    @Override
    public void close() throws IOException {
        try {
            runs.close();
        } finally {
            if (weekly != null) weekly.close();
        }
    }
}
