package dev.waiver.sto;

import java.util.Optional;

/**
 * A request that can say in which Harness scope its call applies. Without a say, the call uses
 * the client's default scope ({@link StoClient#defaultScope()}).
 */
abstract class ScopedRequest extends StoRequest {

    ScopedRequest(ScopedRequestBuilder<?> builder) {
        super(builder);
    }

    /** @return the scope replacing the client's default for this call, if the request sets one */
    public Optional<HarnessScope> scope() {
        return optional(Field.SCOPE);
    }

    /** @return the organization overriding the applicable scope's for this call, if set */
    public Optional<String> orgId() {
        return optional(Field.ORG_ID);
    }

    /** @return the project overriding the applicable scope's for this call, if set */
    public Optional<String> projectId() {
        return optional(Field.PROJECT_ID);
    }

    /** @return what this request says about its scope */
    final ScopeOverride scopeOverride() {
        return new ScopeOverride(value(Field.SCOPE), value(Field.ORG_ID), value(Field.PROJECT_ID));
    }

    /**
     * @param clientDefault the client's default scope
     * @return the scope of the call
     * @throws IllegalArgumentException if a project ends up without an organization
     */
    final HarnessScope resolveScope(HarnessScope clientDefault) {
        return scopeOverride().resolve(clientDefault, typeName(getClass()));
    }
}
