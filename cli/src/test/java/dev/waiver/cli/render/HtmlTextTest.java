package dev.waiver.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Escaping of vendor text for the HTML page. */
class HtmlTextTest {

    @Test
    void markupCharactersBecomeReferences() {
        assertThat(HtmlText.escape("<a href=\"x\" title='y'>&amp;</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;");
    }

    @Test
    void outputIsAsciiWhateverTheInput() {
        assertThat(HtmlText.escape("caf\u00e9 \u2014 \uD83D\uDE00")).isEqualTo("caf&#xE9; &#x2014; &#x1F600;");
    }

    @Test
    void charactersHtmlForbidsBecomeTheReplacementCharacter() {
        assertThat(HtmlText.escape("a\u0000b\u0007c\u0085d\uD800e\uFFFEf\uFDD0g\th\ni"))
                .isEqualTo("a&#xFFFD;b&#xFFFD;c&#xFFFD;d&#xFFFD;e&#xFFFD;f&#xFFFD;g\th\ni");
    }

    @Test
    void nullIsEmpty() {
        assertThat(HtmlText.escape(null)).isEmpty();
    }
}
