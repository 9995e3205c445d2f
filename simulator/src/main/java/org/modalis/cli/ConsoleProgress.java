package org.modalis.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.modalis.pipeline.Progress;

/** A progress bar on standard error for long stages (acquisition view by view). */
final class ConsoleProgress implements Progress {

    private final boolean enabled;
    private ProgressBar bar;

    ConsoleProgress(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public synchronized void start(String task, long total) {
        finish();
        if (enabled && total > 1) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(200).build();
        }
    }

    @Override
    public synchronized void advance(long steps) {
        if (bar != null) {
            bar.stepBy(steps);
        }
    }

    @Override
    public synchronized void finish() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
