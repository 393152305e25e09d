package org.parkchain.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.parkchain.identity.boundary.Accounts;
import org.parkchain.identity.entity.LoginResult;

/**
 * The database identity store: PBKDF2 password hashes in {@code user_account}, checked by {@link Accounts}, which
 * also counts failures and locks accounts. The caller's group is its role name.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {
    @Inject
    Accounts accounts;

    @Inject
    LoginAttempt attempt;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        LoginResult result = accounts.login(credential.getCaller(), credential.getPasswordAsString());
        attempt.record(result.outcome());
        return result.succeeded() ? new CredentialValidationResult(result.username(), result.groups())
                : CredentialValidationResult.INVALID_RESULT;
    }
}
