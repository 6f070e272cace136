package dev.waiver.core.http;

import dev.waiver.core.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An outgoing request as a vendor module describes it: the {@link Operation} it performs, method,
 * path template with parameters encoded one segment each, query, headers and body. Immutable. For
 * vendor modules.
 *
 * <p>A trailing slash in the template is kept. Path parameters fill whole segments only ({@code /exemptions/{id}}) and are percent-encoded,
 * so an id like {@code ../x} or {@code a/b} stays inside its segment; the values {@code .} and
 * {@code ..} and blank values are refused with {@link IllegalArgumentException}.
 */
public final class TransportRequest {

    /** A query parameter or form field; order is kept and names may repeat. */
    public record Param(String name, String value) {
        /**
         * @param name  the parameter's name
         * @param value its (unencoded) value
         */
        public Param {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    private final Operation operation;
    private final HttpMethod method;
    private final String absoluteUrl;
    private final String pathTemplate;
    private final List<String> pathSegments;
    private final List<Param> query;
    private final List<Param> headers;
    private final Object jsonBody;
    private final List<Param> formFields;
    private final boolean idempotent;
    private final String accept;

    private TransportRequest(Builder b) {
        this.operation = b.operation;
        this.method = b.method;
        this.absoluteUrl = b.absoluteUrl;
        this.pathTemplate = b.pathTemplate;
        this.pathSegments = b.absoluteUrl == null ? PathTemplate.of(b.pathTemplate).resolve(b.pathParams) : List.of();
        this.query = List.copyOf(b.query);
        this.headers = List.copyOf(b.headers);
        this.jsonBody = b.jsonBody;
        this.formFields = b.formFields == null ? null : List.copyOf(b.formFields);
        this.idempotent = b.idempotent != null ? b.idempotent : b.method.isIdempotent();
        this.accept = b.accept;
    }

    /**
     * @param operation    the vendor operation the request performs; every exception the call
     *                     throws names it
     * @param method       the HTTP method
     * @param pathTemplate the path below the base URL, for example {@code /sto/api/v2/exemptions/{id}}
     * @return a builder
     */
    public static Builder builder(Operation operation, HttpMethod method, String pathTemplate) {
        return new Builder(operation, method, Objects.requireNonNull(pathTemplate, "pathTemplate"), null);
    }

    /**
     * A request to a complete URL given by the vendor (a next-batch link). The transport refuses it
     * unless it is on the client's own origin.
     *
     * @param operation the vendor operation the request performs
     * @param method    the HTTP method
     * @param url       the complete URL, taken verbatim
     * @return a builder
     */
    public static Builder toUrl(Operation operation, HttpMethod method, String url) {
        return new Builder(operation, method, null, Objects.requireNonNull(url, "url"));
    }

    /** @return the vendor operation the request performs */
    public Operation operation() {
        return operation;
    }

    /** @return the HTTP method */
    public HttpMethod method() {
        return method;
    }

    /** @return the complete URL, when the request targets one */
    public String absoluteUrl() {
        return absoluteUrl;
    }

    /**
     * @return the path template as given to {@link #builder}, placeholders kept (for example
     *         {@code /sto/api/v2/exemptions/{id}}); {@code null} for a request to a complete URL
     */
    public String pathTemplate() {
        return pathTemplate;
    }

    /** @return the decoded path segments below the base URL; a last empty segment is a trailing slash */
    public List<String> pathSegments() {
        return pathSegments;
    }

    /** @return the query parameters in order */
    public List<Param> query() {
        return query;
    }

    /** @return extra headers in order (never credentials: those come from the auth strategy) */
    public List<Param> headers() {
        return headers;
    }

    /** @return the object to send as JSON, or {@code null} */
    public Object jsonBody() {
        return jsonBody;
    }

    /** @return the form fields to send form-encoded, or {@code null} for no form body */
    public List<Param> formFields() {
        return formFields;
    }

    /** @return whether the request may be retried after it possibly reached the server */
    public boolean isIdempotent() {
        return idempotent;
    }

    /** @return the {@code Accept} header value */
    public String accept() {
        return accept;
    }

    /** Builds a {@link TransportRequest}. */
    public static final class Builder {
        private final Operation operation;
        private final HttpMethod method;
        private final String pathTemplate;
        private final String absoluteUrl;
        private final Map<String, String> pathParams = new java.util.HashMap<>();
        private final List<Param> query = new ArrayList<>();
        private final List<Param> headers = new ArrayList<>();
        private Object jsonBody;
        private List<Param> formFields;
        private Boolean idempotent;
        private String accept = "application/json";

        private Builder(Operation operation, HttpMethod method, String pathTemplate, String absoluteUrl) {
            this.operation = Objects.requireNonNull(operation, "operation");
            this.method = Objects.requireNonNull(method, "method");
            this.pathTemplate = pathTemplate;
            this.absoluteUrl = absoluteUrl;
        }

        /**
         * @param name  the placeholder's name
         * @param value its value, encoded as one path segment
         * @return this builder
         */
        public Builder pathParam(String name, String value) {
            pathParams.put(Objects.requireNonNull(name, "name"), value);
            return this;
        }

        /**
         * Adds a query parameter; a {@code null} value adds nothing.
         *
         * @param name  the parameter's name
         * @param value its value ({@link Object#toString()} is sent), or {@code null}
         * @return this builder
         */
        public Builder query(String name, Object value) {
            if (value != null) {
                query.add(new Param(name, String.valueOf(value)));
            }
            return this;
        }

        /**
         * Adds a header; a {@code null} value adds nothing.
         *
         * @param name  the header's name
         * @param value its value, or {@code null}
         * @return this builder
         */
        public Builder header(String name, String value) {
            if (value != null) {
                headers.add(new Param(name, value));
            }
            return this;
        }

        /**
         * @param body an object the client's JSON mapper serialises as the body
         * @return this builder
         */
        public Builder jsonBody(Object body) {
            this.jsonBody = Objects.requireNonNull(body, "body");
            return this;
        }

        /**
         * Adds a form field, making the body {@code application/x-www-form-urlencoded}; a
         * {@code null} value adds nothing.
         *
         * @param name  the field's name
         * @param value its (unencoded) value, or {@code null}
         * @return this builder
         */
        public Builder formField(String name, Object value) {
            if (formFields == null) {
                formFields = new ArrayList<>();
            }
            if (value != null) {
                formFields.add(new Param(name, String.valueOf(value)));
            }
            return this;
        }

        /**
         * Overrides the method's default idempotency, for example for a read sent as POST.
         *
         * @param idempotent whether the request may safely be sent twice
         * @return this builder
         */
        public Builder idempotent(boolean idempotent) {
            this.idempotent = idempotent;
            return this;
        }

        /**
         * @param accept the {@code Accept} header; default {@code application/json}
         * @return this builder
         */
        public Builder accept(String accept) {
            this.accept = Objects.requireNonNull(accept, "accept");
            return this;
        }

        /**
         * @return the request
         * @throws IllegalArgumentException if a path parameter is missing, blank, {@code .} or {@code ..},
         *                                  or both a JSON and a form body were given
         */
        public TransportRequest build() {
            if (jsonBody != null && formFields != null) {
                throw new IllegalArgumentException("a request has either a JSON or a form body, not both");
            }
            return new TransportRequest(this);
        }
    }
}
