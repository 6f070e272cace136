package dev.waiver.cli.render;

import java.io.IOException;
import java.io.Writer;

/** Writes a register in one output format. */
public interface RegisterRenderer {

    /**
     * Writes the register; does not close {@code out}.
     *
     * @param view the register
     * @param out  where to write
     * @throws IOException when writing fails
     */
    void render(RegisterView view, Writer out) throws IOException;
}
