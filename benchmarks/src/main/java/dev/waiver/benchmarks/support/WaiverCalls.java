package dev.waiver.benchmarks.support;

import dev.waiver.har.HarClient;
import dev.waiver.har.model.FirewallException;
import dev.waiver.qualys.QualysClient;
import dev.waiver.sto.StoClient;
import dev.waiver.sto.model.Exemption;
import java.util.List;

/**
 * The calls as a Waiver user writes them, on clients built once per benchmark trial and sharing
 * the rig's OkHttp client. Default settings otherwise (retry policy included).
 */
public final class WaiverCalls implements AutoCloseable {

    /** The justification the HAR update sends. */
    public static final String JUSTIFICATION = "Pinned until the Q3 upgrade of the checkout service.";
    /** The versions the HAR update sends. */
    public static final List<String> VERSIONS = List.of("4.17.20", "4.17.19");
    /** The expiry the HAR update sends. */
    public static final int EXPIRE_AFTER_DAYS = 30;
    /** The Qualys request's comment. */
    public static final String QUALYS_COMMENTS = "Legacy app needs 8 characters, see ticket SEC-42";
    /** The Qualys request's instance. */
    public static final String QUALYS_INSTANCE = "MSSQL 2022:1:1433:MSSQLSERVER:master";

    private final StoClient sto;
    private final HarClient har;
    private final QualysClient qualys;

    /** @param rig where the answers come from */
    public WaiverCalls(Rig rig) {
        sto = StoClient.builder().baseUrl(rig.baseUrl()).okHttpClient(rig.okHttp())
                .apiKey(Credentials.HARNESS_API_KEY).accountId(Credentials.HARNESS_ACCOUNT)
                .orgId(Credentials.ORG).projectId(Credentials.PROJECT).build();
        har = HarClient.builder().baseUrl(rig.baseUrl()).okHttpClient(rig.okHttp())
                .apiKey(Credentials.HARNESS_API_KEY).accountId(Credentials.HARNESS_ACCOUNT).build();
        qualys = QualysClient.builder().baseUrl(rig.baseUrl()).okHttpClient(rig.okHttp())
                .username(Credentials.QUALYS_USER).password(Credentials.QUALYS_PASSWORD).build();
    }

    /** @return the STO client */
    public StoClient sto() {
        return sto;
    }

    /** @return {@code sto.exemptions().get(id)} */
    public Exemption stoGet() {
        return sto.exemptions().get(Credentials.STO_EXEMPTION_ID);
    }

    /** @return {@code har.firewallExceptions().update(id, ...)} */
    public FirewallException harUpdate() {
        return har.firewallExceptions().update(Credentials.HAR_EXCEPTION_ID, r -> r
                .businessJustification(JUSTIFICATION)
                .versionList(VERSIONS)
                .expireAfterDays(EXPIRE_AFTER_DAYS));
    }

    /**
     * Qualys' {@code request} action through {@code qualys.complianceExceptions().create(...)}.
     *
     * @return the new exception's number, read from the typed answer
     */
    public long qualysRequest() {
        return qualys.complianceExceptions().create(r -> r
                .controlId(16832).hostId(3753479).policyId(1366063).technologyId(390)
                .instanceString(QUALYS_INSTANCE).assigneeId(996765).comments(QUALYS_COMMENTS)).firstExceptionNumber();
    }

    /** @return how many exemptions the auto-paging walk over the STO list yields */
    public long stoListAll() {
        long n = 0;
        for (Exemption e : sto.exemptions().list(r -> r.pageSize(VendorAnswers.PAGE_SIZE))) {
            if (e.id() != null) {
                n++;
            }
        }
        return n;
    }

    @Override
    public void close() {
        sto.close();
        har.close();
        qualys.close();
    }
}
