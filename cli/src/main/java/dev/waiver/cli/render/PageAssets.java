package dev.waiver.cli.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The HTML page's inline style sheet and sort script, read once from the classpath, and the
 * Content-Security-Policy that allows exactly these two and nothing else: no external resource of
 * any kind, and no script but ours, even if some vendor text ever slipped through escaping.
 */
final class PageAssets {

    /** The page's style sheet, inlined in a {@code <style>} element. */
    static final String CSS = read("register.css");
    /** The page's sort script, inlined in a {@code <script>} element. */
    static final String SCRIPT = read("register-sort.js");
    /** The policy for a {@code <meta http-equiv="Content-Security-Policy">} element. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '" + sha256(CSS) + "'; script-src '"
            + sha256(SCRIPT) + "'; img-src 'none'; base-uri 'none'; form-action 'none'";

    private PageAssets() {
    }

    /**
     * @param text an inline script or style sheet, exactly as in the page
     * @return its CSP hash source: {@code sha256-} and the Base64 of the SHA-256 of its UTF-8 bytes
     */
    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String read(String name) {
        try (InputStream in = PageAssets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + PageAssets.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
