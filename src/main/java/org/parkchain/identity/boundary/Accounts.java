package org.parkchain.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parkchain.identity.control.IdentityAudit;
import org.parkchain.identity.control.LockoutPolicy;
import org.parkchain.identity.control.PasswordHashing;
import org.parkchain.identity.entity.LoginOutcome;
import org.parkchain.identity.entity.LoginResult;
import org.parkchain.identity.entity.NewUser;
import org.parkchain.identity.entity.Participant;
import org.parkchain.identity.entity.PasswordChanged;
import org.parkchain.identity.entity.Role;
import org.parkchain.identity.entity.UserAccount;
import org.parkchain.ledger.boundary.Outbox;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.NotFoundException;
import org.parkchain.platform.Problems;
import org.parkchain.platform.i18n.Messages;

/**
 * User accounts and logins. Business rules: usernames are 3-64 lower-case letters, digits, dots, dashes or
 * underscores; a user's role follows from its participant's type; passwords have a minimum length; repeated wrong
 * passwords lock the account for a configured time, during which even the right password is refused; only enabled
 * users of active participants can log in or keep a session.
 */
@Stateless
public class Accounts {
    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");
    private static final int RESET_PASSWORD_LENGTH = 12;

    @Inject
    Outbox outbox;

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    LockoutPolicy lockout;

    @Inject
    Participants participants;

    @Inject
    Clock clock;

    @Inject
    Event<PasswordChanged> passwordChanged;

    @Inject
    @ConfigProperty(name = "parkchain.security.min-password-length", defaultValue = "8")
    int minPasswordLength;

    /** Checks a password, counting failures and locking the account when they reach the limit. */
    public LoginResult login(String username, String password) {
        String name = username == null ? "" : username.trim().toLowerCase();
        Optional<UserAccount> found = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", name)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        String given = password == null ? "" : password;
        if (found.isEmpty()) {
            hashing.burnTimeForUnknownUser(given);
            return LoginResult.failed(LoginOutcome.INVALID_CREDENTIALS);
        }
        UserAccount account = found.get();
        Instant now = clock.instant();
        if (account.isLockedAt(now)) {
            return LoginResult.failed(LoginOutcome.LOCKED);
        }
        if (!hashing.verify(given, account.getPasswordHash())) {
            if (account.recordFailedLogin(now, lockout.maxAttempts(), lockout.lockDuration())) {
                LOG.warning(() -> "Account " + account.getUsername() + " locked after repeated failed logins");
                outbox.record(IdentityAudit.LOCKED, account);
                return LoginResult.failed(LoginOutcome.LOCKED);
            }
            return LoginResult.failed(LoginOutcome.INVALID_CREDENTIALS);
        }
        if (!mayLogIn(account)) {
            return LoginResult.failed(LoginOutcome.DISABLED);
        }
        account.recordSuccessfulLogin(now);
        return LoginResult.success(account);
    }

    private boolean mayLogIn(UserAccount account) {
        return account.mayUseWith(participants.find(account.participantId()).orElse(null));
    }

    public UserAccount createUser(NewUser user) {
        Problems problems = new Problems();
        String name = user.username() == null ? "" : user.username().trim().toLowerCase();
        if (!USERNAME.matcher(name).matches()) {
            problems.add("username", "error.user.usernameFormat");
        } else if (findByUsername(name).isPresent()) {
            problems.add("username", "error.user.usernameTaken", name);
        }
        problems.check(user.displayName() != null && !user.displayName().isBlank()
                && user.displayName().length() <= 200, "displayName", "error.user.displayName");
        checkPassword(user.password(), problems);
        Optional<Participant> participant = user.participant() == null ? Optional.empty()
                : participants.find(user.participant());
        problems.check(participant.isPresent(), "participant", "error.user.participantRequired");
        problems.throwIfAny();
        Role role = Role.forParticipantType(participant.get().getType());
        UserAccount account = new UserAccount(name, user.displayName().trim(), hashing.hash(user.password()), role,
                participant.get().participantId(), Messages.tag(Messages.fromTag(user.locale())), clock.instant());
        em.persist(account);
        em.flush(); // identity ids are assigned by PostgreSQL on insert
        outbox.record(IdentityAudit.USER_CREATED, account);
        return account;
    }

    /** Stores an account whose password hash was computed already (bulk loading of demo data). */
    public UserAccount createWithHash(String username, String displayName, String passwordHash, Participant p,
                                      String locale) {
        UserAccount account = new UserAccount(username, displayName, passwordHash,
                Role.forParticipantType(p.getType()), p.participantId(), locale, clock.instant());
        em.persist(account);
        em.flush(); // identity ids are assigned by PostgreSQL on insert
        outbox.record(IdentityAudit.USER_CREATED, account);
        return account;
    }

    public void setEnabled(long userId, boolean enabled) {
        UserAccount account = get(userId);
        if (enabled) {
            account.enable();
        } else {
            account.disable();
        }
        outbox.record(enabled ? IdentityAudit.USER_ENABLED : IdentityAudit.USER_DISABLED, account);
    }

    /** Sets a new random password (shown once to the park admin) and lifts any lock. */
    public String resetPassword(long userId) {
        UserAccount account = get(userId);
        String password = hashing.randomPassword(RESET_PASSWORD_LENGTH);
        account.resetPassword(hashing.hash(password));
        outbox.record(IdentityAudit.PASSWORD_RESET, account);
        return password;
    }

    /**
     * The user's own password change: the current password is required, the new one follows the same rules as any
     * password, differs from the current one and is typed twice. Recorded on the ledger (the user's credential digest
     * changes; never the password or its hash) and announced as {@link PasswordChanged} so that secrets protected by
     * the old password are protected by the new one in the same transaction.
     *
     * @return the event, with what its observers did
     */
    public PasswordChanged changePassword(String username, String current, String newPassword, String confirmation) {
        UserAccount account = findByUsername(username).orElseThrow(() -> new NotFoundException("error.user.notFound",
                username));
        Problems problems = new Problems();
        boolean currentMatches = current != null && hashing.verify(current, account.getPasswordHash());
        problems.check(currentMatches, "currentPassword", "error.account.currentPassword");
        checkPassword(newPassword, problems, "newPassword");
        problems.check(newPassword == null || !newPassword.equals(current), "newPassword", "error.account.samePassword");
        problems.check(confirmation == null || confirmation.equals(newPassword), "confirmation",
                "error.account.confirmation");
        problems.throwIfAny();
        account.changePassword(hashing.hash(newPassword));
        outbox.record(IdentityAudit.PASSWORD_CHANGED, account);
        PasswordChanged changed = new PasswordChanged(account.getUsername(), current, newPassword);
        passwordChanged.fire(changed);
        LOG.info(() -> "User " + account.getUsername() + " changed their password; " + changed.protectedAgainCount()
                + " held keys protected again, " + changed.leftAsTheyWereCount() + " left as they were");
        return changed;
    }

    public void changeLocale(String username, String languageTag) {
        findByUsername(username).ifPresent(a -> a.changeLocale(Messages.tag(Messages.fromTag(languageTag))));
    }

    public Optional<UserAccount> findByUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username.toLowerCase()).getResultStream().findFirst();
    }

    public List<UserAccount> all() {
        return em.createNamedQuery(UserAccount.ALL, UserAccount.class).getResultList();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class).getSingleResult();
    }

    /** Whether the password is the user's current one (for actions that need it again, e.g. unlocking a held key). */
    public boolean passwordMatches(String username, String password) {
        return password != null && findByUsername(username).map(a -> hashing.verify(password, a.getPasswordHash()))
                .orElse(false);
    }

    public String hashPassword(String password) {
        return hashing.hash(password);
    }

    private UserAccount get(long userId) {
        UserAccount account = em.find(UserAccount.class, userId);
        if (account == null) {
            throw new NotFoundException("error.user.notFound", userId);
        }
        return account;
    }

    private void checkPassword(String password, Problems problems) {
        checkPassword(password, problems, "password");
    }

    private void checkPassword(String password, Problems problems, String field) {
        problems.check(password != null && password.length() >= minPasswordLength && password.length() <= 128,
                field, "error.user.passwordLength", minPasswordLength);
    }
}
