package org.modalis.pipeline;

/**
 * Where long work reports how far it got: the CLI draws a progress bar, the viewer a spinner, tests
 * nothing. Implementations must accept calls from several threads.
 */
public interface Progress {

    /** Ignores everything. */
    Progress NONE = new Progress() {
        @Override
        public void start(String task, long total) {
        }

        @Override
        public void advance(long steps) {
        }

        @Override
        public void finish() {
        }
    };

    /** A new task of {@code total} steps begins (e.g. "acquire" over 720 views). */
    void start(String task, long total);

    /** {@code steps} more steps are done. */
    void advance(long steps);

    /** The current task is done. */
    void finish();
}
