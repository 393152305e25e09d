package org.parkchain.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * A person who logs in. Business rules: the username is unique and lower case; a user holds exactly one role,
 * which must match the type of the participant it belongs to; after {@code maxAttempts} wrong passwords in a row
 * the account is locked for a while, and while it is locked even the right password is refused; a disabled
 * account cannot log in and loses its session on its next request.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.BY_USERNAME, query = "SELECT u FROM UserAccount u WHERE u.username = :username")
@NamedQuery(name = UserAccount.ALL, query = "SELECT u FROM UserAccount u ORDER BY u.role, u.username")
@NamedQuery(name = UserAccount.BY_PARTICIPANT,
        query = "SELECT u FROM UserAccount u WHERE u.participantId = :participantId ORDER BY u.username")
@NamedQuery(name = UserAccount.WITH_PARTICIPANT,
        query = "SELECT u, p FROM UserAccount u, Participant p WHERE u.username = :username AND p.id = u.participantId")
public class UserAccount {
    public static final String BY_USERNAME = "UserAccount.byUsername";
    public static final String ALL = "UserAccount.all";
    public static final String BY_PARTICIPANT = "UserAccount.byParticipant";
    public static final String WITH_PARTICIPANT = "UserAccount.withParticipant";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "participant_id", nullable = false)
    private Long participantId;

    private boolean enabled = true;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(nullable = false)
    private String locale = "en";

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String passwordHash, Role role,
                       ParticipantId participant, String locale, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.participantId = participant.value();
        this.locale = locale;
        this.createdAt = createdAt;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts a wrong password; the {@code maxAttempts}-th one in a row locks the account for {@code lockFor}.
     *
     * @return true if this failure locked the account
     */
    public boolean recordFailedLogin(Instant now, int maxAttempts, Duration lockFor) {
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            failedAttempts = 0;
            lockedUntil = now.plus(lockFor);
            return true;
        }
        return false;
    }

    /** A lock that has run out stays recorded (it is audited); it no longer stops anyone. */
    public void recordSuccessfulLogin(Instant now) {
        failedAttempts = 0;
        lastLoginAt = now;
    }

    /** A new password set by the park admin; it also lifts any lock. */
    public void resetPassword(String newHash) {
        passwordHash = newHash;
        failedAttempts = 0;
        lockedUntil = null;
    }

    /** A new password the user chose (knowing the old one). */
    public void changePassword(String newHash) {
        passwordHash = newHash;
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    public void changeLocale(String languageTag) {
        locale = languageTag;
    }

    /** Whether this account may log in and keep its session: it is enabled and its participant (this one) active. */
    public boolean mayUseWith(Participant participant) {
        return enabled && participant != null && participant.getId().equals(participantId) && participant.isActive();
    }

    public ParticipantId participantId() {
        return ParticipantId.of(participantId);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public String getLocale() {
        return locale;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
