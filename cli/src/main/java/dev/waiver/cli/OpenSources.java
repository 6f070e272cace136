package dev.waiver.cli;

import dev.waiver.acceptances.AcceptanceSource;
import java.util.ArrayList;
import java.util.List;

/** The sources to read and everything they need closed afterwards (clients, a demo server). */
final class OpenSources implements AutoCloseable {

    private final List<AcceptanceSource> sources = new ArrayList<>();
    private final List<AutoCloseable> owned = new ArrayList<>();

    /** @param source a source to read */
    void add(AcceptanceSource source) {
        sources.add(source);
    }

    /**
     * @param resource something to close with these sources
     * @param <T>      its type
     * @return the resource
     */
    <T extends AutoCloseable> T own(T resource) {
        owned.add(resource);
        return resource;
    }

    /** @return the sources, in the order added */
    List<AcceptanceSource> sources() {
        return List.copyOf(sources);
    }

    /** Closes everything owned, last opened first; a failure to close is not worth failing the register. */
    @Override
    public void close() {
        for (int i = owned.size() - 1; i >= 0; i--) {
            try {
                owned.get(i).close();
            } catch (Exception ignored) {
                // Best effort: the register has been read already.
            }
        }
        owned.clear();
    }
}
