package dev.waiver.core.http;

/**
 * Per-call credentials riding on an OkHttp request as its tag, for the {@link CredentialInterceptor}.
 * Package-private, so no interceptor outside the SDK can look the tag up.
 *
 * @param auth the credentials to write in place of the client's
 */
record AuthOverride(CompiledAuth auth) {
}
