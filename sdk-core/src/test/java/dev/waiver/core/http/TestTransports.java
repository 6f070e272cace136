package dev.waiver.core.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waiver.core.ClientBuilder;
import dev.waiver.core.RetryPolicy;
import dev.waiver.core.Secret;
import dev.waiver.core.mapping.EpochUnit;
import java.util.List;

/** A minimal vendor for core tests: x-api-key + accountId query, errors as {"message","code"}. */
public final class TestTransports {

    public static final String API_KEY = "tk_live_SECRET_9f8e7d6c5b4a";

    /** The operation every core test request performs. */
    public static final dev.waiver.core.Operation OPERATION = dev.waiver.core.Operation.of("test", "getThing");

    private TestTransports() {
    }

    public static final class Builder extends ClientBuilder<Builder> {
        public Builder() {
            super("https://api.example.invalid");
        }

        @Override
        protected Builder self() {
            return this;
        }

        public HttpTransport build() {
            return buildTransport("test", AuthStrategy.all(
                            AuthStrategy.apiKeyHeader("x-api-key", Secret.of(API_KEY, "apiKey")),
                            AuthStrategy.queryParameter("accountId", "acct1")),
                    TestTransports::decode, EpochUnit.SECONDS, List.of("x-request-id"));
        }
    }

    public static HttpTransport forUrl(String baseUrl, RetryPolicy policy) {
        return new Builder().baseUrl(baseUrl).retryPolicy(policy).build();
    }

    static dev.waiver.core.ApiException decode(ErrorResponse response) {
        try {
            JsonNode node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
            if (node != null && node.isObject()) {
                return StandardErrors.forStatus(response.baseError()
                        .vendorCode(node.path("code").asText(null))
                        .vendorMessage(node.path("message").asText(null))
                        .build());
            }
        } catch (java.io.IOException notJson) {
            // fall through to the status-only mapping
        }
        return StandardErrors.decodeUnrecognised(response);
    }
}
