package dev.waiver.testkit.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's "Testing your code" snippets are these tests, verbatim: {@link ExemptionFlowTest}
 * (the whole file but its package line) and the body of {@link MoreOfTheKitTest#seedFaultsAndTime()}.
 */
class ReadmeTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path HERE = Path.of("src", "test", "java", "dev", "waiver", "testkit", "readme");

    private static List<String> javaBlocksOfSection(String heading) throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf("\n" + heading + "\n");
        assertThat(start).as("README section %s", heading).isNotNegative();
        int end = readme.indexOf("\n## ", start + heading.length() + 2);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        List<String> blocks = new ArrayList<>();
        for (int at = section.indexOf("```java\n"); at >= 0; at = section.indexOf("```java\n", at + 1)) {
            int from = at + "```java\n".length();
            blocks.add(section.substring(from, section.indexOf("```", from)));
        }
        return blocks;
    }

    @Test
    void theCompleteTestIsExemptionFlowTestAndUnder25Lines() throws IOException {
        String block = javaBlocksOfSection("## Testing your code").get(0);
        String source = Files.readString(HERE.resolve("ExemptionFlowTest.java"), StandardCharsets.UTF_8);

        assertThat("package dev.waiver.testkit.readme;\n\n" + block).isEqualTo(source);
        assertThat(block.lines().count()).isLessThan(25);
    }

    @Test
    void theSecondSnippetIsTheBodyOfMoreOfTheKitTest() throws IOException {
        String block = javaBlocksOfSection("## Testing your code").get(1);
        String source = Files.readString(HERE.resolve("MoreOfTheKitTest.java"), StandardCharsets.UTF_8);
        String indented = block.lines().map(l -> l.isEmpty() ? l : "            " + l).collect(Collectors.joining("\n"));

        assertThat(source).contains(indented);
        assertThat(block).contains("failNext").contains("seed(").contains("clock()").contains("requests()");
    }
}
