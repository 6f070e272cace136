package dev.waiver.cli.render;

import java.io.IOException;
import java.nio.file.Path;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** A headless browser with scripting on, fresh for each test, that opens rendered pages from a temporary folder. */
abstract class BrowserTestBase {

    @TempDir
    Path dir;

    final HtmlPages browser = new HtmlPages(true);

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    /**
     * @param view a register
     * @return its page, loaded
     */
    HtmlPage load(RegisterView view) throws IOException {
        return browser.load(HtmlPages.render(view), dir);
    }
}
