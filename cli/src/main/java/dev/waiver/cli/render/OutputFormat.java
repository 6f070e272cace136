package dev.waiver.cli.render;

import java.util.function.Supplier;

/** The formats of {@code --format}, each with its renderer. */
public enum OutputFormat {
    /** An aligned text table (the default). */
    TABLE(TableRenderer::new),
    /** RFC 4180 CSV. */
    CSV(CsvRenderer::new),
    /** One JSON object with the vendors read and the acceptances. */
    JSON(JsonRenderer::new),
    /** A Markdown table. */
    MARKDOWN(MarkdownRenderer::new),
    /** A self-contained HTML page. */
    HTML(HtmlRenderer::new);

    private final Supplier<RegisterRenderer> renderer;

    OutputFormat(Supplier<RegisterRenderer> renderer) {
        this.renderer = renderer;
    }

    /**
     * @return a renderer for this format
     * @throws UnsupportedOperationException when this build has no renderer for it
     */
    public RegisterRenderer renderer() {
        if (renderer == null) {
            throw new UnsupportedOperationException(name().toLowerCase(java.util.Locale.ROOT)
                    + " is not available in this build");
        }
        return renderer.get();
    }
}
