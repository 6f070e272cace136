package dev.waiver.acceptances;

/**
 * Told how far each vendor's walk has got, from the reading threads (so implementations must be
 * thread-safe). For a progress line on a terminal; {@link #NONE} ignores everything.
 */
public interface ReadProgress {

    /** Ignores all progress. */
    ReadProgress NONE = new ReadProgress() {
        @Override
        public void read(AcceptanceVendor vendor, int count) {
        }

        @Override
        public void finished(VendorOutcome outcome) {
        }
    };

    /**
     * Called after each acceptance read.
     *
     * @param vendor the vendor being read
     * @param count  how many of its acceptances have been read so far
     */
    void read(AcceptanceVendor vendor, int count);

    /**
     * Called once per vendor when its walk ends, successfully or not.
     *
     * @param outcome what the walk gave
     */
    void finished(VendorOutcome outcome);
}
