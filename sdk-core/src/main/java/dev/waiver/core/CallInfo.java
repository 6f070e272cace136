package dev.waiver.core;

import java.util.Objects;

/**
 * What one call is, as {@link CallListener}s see it: the vendor operation, the HTTP method, the
 * server and the URL template (path with its parameters as {@code {name}}, never their values, never
 * a query). Immutable; one instance per call.
 */
public final class CallInfo {

    private final Operation operation;
    private final String method;
    private final String serverAddress;
    private final int serverPort;
    private final String urlTemplate;

    /**
     * @param operation     the vendor operation
     * @param method        the HTTP method, e.g. {@code GET}
     * @param serverAddress the host the call goes to
     * @param serverPort    the port the call goes to
     * @param urlTemplate   the path template, e.g. {@code /sto/api/v2/exemptions/{id}}
     */
    public CallInfo(Operation operation, String method, String serverAddress, int serverPort, String urlTemplate) {
        this.operation = Objects.requireNonNull(operation, "operation");
        this.method = Objects.requireNonNull(method, "method");
        this.serverAddress = Objects.requireNonNull(serverAddress, "serverAddress");
        this.serverPort = serverPort;
        this.urlTemplate = Objects.requireNonNull(urlTemplate, "urlTemplate");
    }

    /** @return the vendor operation, e.g. {@code sto.createExemption} */
    public Operation operation() {
        return operation;
    }

    /** @return the HTTP method, e.g. {@code POST} */
    public String method() {
        return method;
    }

    /** @return the host the call goes to */
    public String serverAddress() {
        return serverAddress;
    }

    /** @return the port the call goes to */
    public int serverPort() {
        return serverPort;
    }

    /** @return the path template, e.g. {@code /sto/api/v2/exemptions/{id}}: no parameter value, no query */
    public String urlTemplate() {
        return urlTemplate;
    }

    /** @return the operation, method and template; never a value of the call */
    @Override
    public String toString() {
        return "CallInfo{" + operation + ' ' + method + ' ' + serverAddress + ':' + serverPort + urlTemplate + '}';
    }
}
