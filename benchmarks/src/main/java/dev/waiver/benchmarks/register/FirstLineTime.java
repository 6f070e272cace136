package dev.waiver.benchmarks.register;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Time from {@code java -jar cli/target/waiver.jar ...} to the first line on its standard output,
 * measured from outside (a new JVM per run, as a user types it), median of N runs:
 * <pre>
 * java -cp benchmarks/target/classes dev.waiver.benchmarks.register.FirstLineTime cli/target/waiver.jar 5
 * </pre>
 * Two commands: {@code --help} (JVM start and picocli, nothing read) and
 * {@code risk-register --demo} (starts and seeds the four fakes, reads them, prints the table).
 */
public final class FirstLineTime {

    private FirstLineTime() {
    }

    /**
     * @param args the jar, and how many runs per command (default 5)
     * @throws Exception when a run fails
     */
    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "cli/target/waiver.jar");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no " + jar + ": build it first (mvn -B -ntp verify)");
        }
        for (List<String> command : List.of(List.of("--help"), List.of("risk-register", "--demo"))) {
            long[] millis = new long[runs];
            for (int i = 0; i < runs; i++) {
                millis[i] = firstLineMillis(jar, command);
            }
            Arrays.sort(millis);
            System.out.printf("java -jar %s %s: first line after %d ms (median of %d; min %d, max %d)%n", jar,
                    String.join(" ", command), millis[runs / 2], runs, millis[0], millis[runs - 1]);
        }
    }

    private static long firstLineMillis(Path jar, List<String> command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        cmd.addAll(command);
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long elapsed;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            if (out.readLine() == null) {
                throw new IllegalStateException(cmd + " printed nothing");
            }
            elapsed = (System.nanoTime() - start) / 1_000_000;
            while (out.readLine() != null) {
                // Drain, so the process is not blocked on a full pipe.
            }
        }
        if (p.waitFor() != 0) {
            throw new IllegalStateException(cmd + " exited " + p.exitValue());
        }
        return elapsed;
    }
}
