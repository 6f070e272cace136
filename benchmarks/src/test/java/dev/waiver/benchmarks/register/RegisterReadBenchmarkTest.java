package dev.waiver.benchmarks.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The register benchmark's smoke run: each setting reads exactly what it seeded (small counts). */
class RegisterReadBenchmarkTest {

    @Test
    void eachSettingReadsEverySeededAcceptance() {
        for (String read : new String[] {"STO", "HAR", "IACM", "QUALYS", "ALL"}) {
            RegisterReadBenchmark b = new RegisterReadBenchmark();
            b.read = read;
            b.perVendor = 150;
            b.latencyMs = read.equals("ALL") ? 5 : 0;
            b.setUp();
            try {
                assertThat(b.readRegister().acceptances()).as(read).hasSize(read.equals("ALL") ? 600 : 150);
            } finally {
                b.tearDown();
            }
        }
    }
}
