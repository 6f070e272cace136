package dev.waiver.qualys.internal;

import dev.waiver.core.Operation;
import dev.waiver.core.http.HttpMethod;
import dev.waiver.core.http.TransportRequest;
import java.util.Objects;

/**
 * Qualys' Host List API, as far as a safe create needs it: one host's IP address by its id.
 * Documented at docs.qualys.com, "Host List" ({@code /fo/asset/host/?action=list}, parameter
 * {@code ids}); the path {@value #PATH} is the one of Qualys' own sample (repository
 * QualysAPI/Qualys-API-Doc-Center, "Host List API samples/Sample 2 - Fetch assets based on scan end
 * dates and scan processed dates"), whatever API version the client uses for exceptions. Sent as a
 * {@code GET} with the parameters in the query, as in that sample; a read, so idempotent.
 */
public final class HostList {

    /** The Host List path below the client's base URL, from Qualys' published sample. */
    public static final String PATH = "/api/2.0/fo/asset/host/";
    /** The operation name of the call, for listeners, logs and exceptions. */
    public static final Operation OPERATION = Operation.of("qualys", "hostList");

    private final String endpoint;

    /**
     * @param baseUrl the client's base URL ({@code scheme://host[:port]}, with or without a trailing slash)
     */
    public HostList(String baseUrl) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        this.endpoint = (baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl) + PATH;
    }

    /** @return the Host List endpoint's absolute URL, ending in {@code /} */
    public String endpoint() {
        return endpoint;
    }

    /**
     * @param hostId the host's id
     * @return {@code GET .../fo/asset/host/?action=list&ids={hostId}}
     */
    public TransportRequest list(long hostId) {
        return TransportRequest.toUrl(OPERATION, HttpMethod.GET, endpoint)
                .accept(ExceptionForms.ACCEPT)
                .query("action", "list")
                .query("ids", Long.toString(hostId))
                .idempotent(true)
                .build();
    }
}
