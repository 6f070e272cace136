package dev.waiver.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Our own OpenAPI files against Harness' published descriptions: everything we declare must exist
 * there with the same type, format and unit (else the build fails naming it), and what they have
 * and we lack is written to {@code docs/contract-coverage.md}, which must be committed as generated.
 */
class DescriptionDriftTest {

    @BeforeEach
    void needsTheDescriptions() {
        HarnessDescriptions.assumePresent();
    }

    private static DescriptionDrift drift(OwnDescription own) {
        HarnessApi older = own.older();
        return new DescriptionDrift(Path.of(own.file()).getFileName().toString(), own.parse(),
                HarnessDescriptions.get(own.published()), own.published(),
                older == null ? null : HarnessDescriptions.get(older), older);
    }

    @Test
    void everythingWeDeclareIsPublishedWithTheSameTypeFormatAndUnit() {
        List<String> drift = new ArrayList<>();
        for (OwnDescription own : OwnDescription.values()) {
            drift.addAll(drift(own).drift());
        }
        assertThat(drift)
                .as("%d declaration(s) of ours that Harness' descriptions do not publish as we declare them"
                        + " (fix our file, or mark a field kept from the older STO description with"
                        + " %s: %s):%n  %s", drift.size(), OwnDescription.SOURCE_EXTENSION, OwnDescription.OLDER,
                        String.join("\n  ", drift))
                .isEmpty();
    }

    @Test
    void theCoverageReportIsCommittedAsGenerated() throws IOException {
        Map<OwnDescription, Map<String, List<String>>> lacking = new EnumMap<>(OwnDescription.class);
        for (OwnDescription own : OwnDescription.values()) {
            lacking.put(own, drift(own).lacking());
        }
        String generated = CoverageReport.render(lacking);
        Path file = HarnessDescriptions.projectRoot().resolve(CoverageReport.FILE);
        String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        if (!generated.equals(committed)) {
            Files.writeString(file, generated, StandardCharsets.UTF_8);
            fail(CoverageReport.FILE + " was out of date: regenerated it from the descriptions. Commit the new version"
                    + " (git add " + CoverageReport.FILE + ") and build again.");
        }
    }
}
