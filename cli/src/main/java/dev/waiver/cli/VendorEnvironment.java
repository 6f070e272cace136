package dev.waiver.cli;

import dev.waiver.acceptances.AcceptanceSource;
import dev.waiver.acceptances.AcceptanceVendor;
import dev.waiver.acceptances.HarAcceptanceSource;
import dev.waiver.acceptances.IacmAcceptanceSource;
import dev.waiver.acceptances.QualysAcceptanceSource;
import dev.waiver.acceptances.StoAcceptanceSource;
import dev.waiver.har.HarClient;
import dev.waiver.iacm.IacmClient;
import dev.waiver.qualys.QualysClient;
import dev.waiver.qualys.QualysPlatform;
import dev.waiver.sto.StoClient;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which vendors the environment configures, and their clients: the same {@code WAIVER_*} variables as
 * the examples. Credentials come only from here, never from the command line.
 * <ul>
 * <li>STO, HAR, IaCM: {@code WAIVER_HARNESS_API_KEY} and {@code WAIVER_HARNESS_ACCOUNT_ID}; optional
 * {@code WAIVER_HARNESS_BASE_URL} (default {@code https://app.harness.io}), {@code WAIVER_HARNESS_ORG_ID}
 * (default {@code default}) and {@code WAIVER_HARNESS_PROJECT_ID} (default {@code default_project}),
 * the project STO and IaCM are read in.</li>
 * <li>Qualys: {@code WAIVER_QUALYS_USERNAME}, {@code WAIVER_QUALYS_PASSWORD}, and
 * {@code WAIVER_QUALYS_PLATFORM} (e.g. {@code US2}) or {@code WAIVER_QUALYS_BASE_URL}.</li>
 * </ul>
 */
final class VendorEnvironment {

    static final List<String> HARNESS_REQUIRED = List.of("WAIVER_HARNESS_API_KEY", "WAIVER_HARNESS_ACCOUNT_ID");
    static final List<String> QUALYS_REQUIRED = List.of("WAIVER_QUALYS_USERNAME", "WAIVER_QUALYS_PASSWORD");

    private final Map<String, String> env;

    /** @param env the environment to read (normally {@link System#getenv()}) */
    VendorEnvironment(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** @return the vendors whose variables are set */
    Set<AcceptanceVendor> configured() {
        Set<AcceptanceVendor> set = EnumSet.noneOf(AcceptanceVendor.class);
        for (AcceptanceVendor v : AcceptanceVendor.values()) {
            if (required(v).stream().allMatch(n -> value(n).isPresent())) {
                set.add(v);
            }
        }
        return set;
    }

    /**
     * @param vendor a vendor
     * @return the variables it needs
     */
    static List<String> required(AcceptanceVendor vendor) {
        return vendor == AcceptanceVendor.QUALYS ? QUALYS_REQUIRED : HARNESS_REQUIRED;
    }

    /**
     * @param vendors the vendors asked for but not configured
     * @return a usage message naming what to set for each
     */
    String notConfiguredMessage(Set<AcceptanceVendor> vendors) {
        List<String> parts = new ArrayList<>();
        for (AcceptanceVendor v : vendors) {
            List<String> missing = required(v).stream().filter(n -> value(n).isEmpty()).toList();
            parts.add(v.key() + " needs " + String.join(" and ", missing)
                    + (v == AcceptanceVendor.QUALYS ? " (and WAIVER_QUALYS_PLATFORM or WAIVER_QUALYS_BASE_URL)" : ""));
        }
        return "not configured: " + String.join("; ", parts) + ". Set them in the environment, or try --demo.";
    }

    /**
     * Makes the clients and sources of the given vendors, all of which must be configured.
     *
     * @param vendors the vendors to read
     * @return the sources, owning their clients
     * @throws IllegalArgumentException when a Qualys location is missing or unknown
     */
    OpenSources open(Set<AcceptanceVendor> vendors) {
        OpenSources sources = new OpenSources();
        try {
            String org = value("WAIVER_HARNESS_ORG_ID").orElse("default");
            String project = value("WAIVER_HARNESS_PROJECT_ID").orElse("default_project");
            for (AcceptanceVendor v : vendors) {
                sources.add(source(v, org, project, sources));
            }
            return sources;
        } catch (RuntimeException e) {
            sources.close();
            throw e;
        }
    }

    private AcceptanceSource source(AcceptanceVendor v, String org, String project, OpenSources owner) {
        String key = value("WAIVER_HARNESS_API_KEY").orElse(null);
        String account = value("WAIVER_HARNESS_ACCOUNT_ID").orElse(null);
        Optional<String> baseUrl = value("WAIVER_HARNESS_BASE_URL");
        switch (v) {
            case STO -> {
                StoClient.Builder b = StoClient.builder().apiKey(key).accountId(account).orgId(org).projectId(project);
                baseUrl.ifPresent(b::baseUrl);
                return new StoAcceptanceSource(owner.own(b.build()));
            }
            case HAR -> {
                HarClient.Builder b = HarClient.builder().apiKey(key).accountId(account);
                baseUrl.ifPresent(b::baseUrl);
                return new HarAcceptanceSource(owner.own(b.build()));
            }
            case IACM -> {
                IacmClient.Builder b = IacmClient.builder().apiKey(key).accountId(account);
                baseUrl.ifPresent(b::baseUrl);
                return new IacmAcceptanceSource(owner.own(b.build()), org, project);
            }
            default -> {
                QualysClient.Builder b = QualysClient.builder().username(value("WAIVER_QUALYS_USERNAME").orElseThrow())
                        .password(value("WAIVER_QUALYS_PASSWORD").orElseThrow());
                Optional<String> url = value("WAIVER_QUALYS_BASE_URL");
                if (url.isPresent()) {
                    b.baseUrl(url.get());
                } else {
                    b.platform(platform(value("WAIVER_QUALYS_PLATFORM").orElseThrow(() -> new IllegalArgumentException(
                            "qualys needs WAIVER_QUALYS_PLATFORM (for example US2) or WAIVER_QUALYS_BASE_URL"))));
                }
                return new QualysAcceptanceSource(owner.own(b.build()));
            }
        }
    }

    private static QualysPlatform platform(String name) {
        try {
            return QualysPlatform.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("WAIVER_QUALYS_PLATFORM must be one of "
                    + Arrays.stream(QualysPlatform.values()).map(Enum::name).collect(Collectors.joining(", "))
                    + ", was '" + name + "'");
        }
    }

    private Optional<String> value(String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
    }
}
