package dev.waiver.cli.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.WebConnection;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.cssparser.parser.CSSErrorHandler;
import org.htmlunit.cssparser.parser.CSSParseException;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.parser.HTMLParserListener;

/**
 * Loads a rendered page into HtmlUnit from a local file, as a reader opening the saved page would,
 * and records everything that went wrong: script errors (also thrown), HTML parser errors and
 * warnings, CSS errors, and every request the page tried to make beyond its own file (all refused).
 */
public final class HtmlPages implements AutoCloseable {

    private final WebClient client;
    /** HTML parser errors and warnings. */
    public final List<String> parserProblems = new ArrayList<>();
    /** CSS parser errors and warnings. */
    public final List<String> cssProblems = new ArrayList<>();
    /** Every URL the page tried to fetch (all refused). */
    public final List<String> requests = new ArrayList<>();

    /**
     * @param javaScript whether the browser runs scripts
     */
    public HtmlPages(boolean javaScript) {
        client = new WebClient(BrowserVersion.BEST_SUPPORTED);
        client.getOptions().setJavaScriptEnabled(javaScript);
        client.getOptions().setThrowExceptionOnScriptError(true);
        client.getOptions().setCssEnabled(true);
        client.setHTMLParserListener(new HTMLParserListener() {
            @Override
            public void error(String message, java.net.URL url, String html, int line, int column, String key) {
                parserProblems.add("error " + line + ":" + column + " " + message);
            }

            @Override
            public void warning(String message, java.net.URL url, String html, int line, int column, String key) {
                parserProblems.add("warning " + line + ":" + column + " " + message);
            }
        });
        client.setCssErrorHandler(new CSSErrorHandler() {
            @Override
            public void warning(CSSParseException e) {
                cssProblems.add("warning " + e.getMessage());
            }

            @Override
            public void error(CSSParseException e) {
                cssProblems.add("error " + e.getMessage());
            }

            @Override
            public void fatalError(CSSParseException e) {
                cssProblems.add("fatal " + e.getMessage());
            }
        });
        client.setWebConnection(new WebConnection() {
            @Override
            public WebResponse getResponse(WebRequest request) throws IOException {
                requests.add(request.getUrl().toString());
                throw new IOException("the page must load nothing: " + request.getUrl());
            }

            @Override
            public void close() {
            }
        });
    }

    /**
     * @param view the register
     * @return the page {@link HtmlRenderer} writes for it
     */
    public static String render(RegisterView view) {
        StringWriter out = new StringWriter();
        try {
            new HtmlRenderer().render(view, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * @param html a page
     * @param dir  a folder to save it in
     * @return the page as HtmlUnit loaded it from the file
     */
    public HtmlPage load(String html, Path dir) throws IOException {
        Path file = dir.resolve("register.html");
        Files.writeString(file, html, StandardCharsets.UTF_8);
        HtmlPage page = client.getPage(file.toUri().toURL());
        // Style sheets are parsed when a style is first computed: do it now, so CSS errors surface.
        page.getEnclosingWindow().getComputedStyle(page.getBody(), null);
        return page;
    }

    /** {@code querySelectorAll} within a node. */
    @SuppressWarnings("unchecked")
    public static <T extends DomNode> List<T> select(DomNode node, String selector) {
        return (List<T>) (List<?>) node.querySelectorAll(selector, node);
    }

    @Override
    public void close() {
        client.close();
    }
}
