package org.parkchain.identity.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.parkchain.identity.entity.Participant;
import org.parkchain.identity.entity.UserAccount;
import org.parkchain.ledger.control.AuditEvent;
import org.parkchain.ledger.control.AuditSnapshot;
import org.parkchain.ledger.control.AuditedAggregate;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.canonical.Hashes;

/**
 * The identity aggregates on the ledger ({@code participant:<id>}, {@code user:<id>}): everything that decides who may
 * act on the market, including the security state of an account: its role, whether it is enabled, its lock, and a
 * SHA-256 digest of its stored password hash (never the hash or the password itself), so a password changed or reset
 * behind the application's back is reported by the audit. Failed-attempt counters, the last login and the language
 * change with every login and are not market state; they are left out.
 */
@Dependent
public class IdentityAudit {
    @Produces
    public static final AuditedAggregate<Participant> PARTICIPANT = AuditedAggregate.entity("participant",
            Participant.class, Participant::getId, IdentityAudit::participant);
    public static final AuditEvent<Participant> REGISTERED = PARTICIPANT.event("participant.registered");
    public static final AuditEvent<Participant> ACTIVATED = PARTICIPANT.event("participant.activated");
    public static final AuditEvent<Participant> DEACTIVATED = PARTICIPANT.event("participant.deactivated");

    @Produces
    public static final AuditedAggregate<UserAccount> USER = AuditedAggregate.entity("user", UserAccount.class,
            UserAccount::getId, IdentityAudit::user);
    public static final AuditEvent<UserAccount> USER_CREATED = USER.event("user.created");
    public static final AuditEvent<UserAccount> USER_ENABLED = USER.event("user.enabled");
    public static final AuditEvent<UserAccount> USER_DISABLED = USER.event("user.disabled");
    public static final AuditEvent<UserAccount> PASSWORD_RESET = USER.event("user.password-reset");
    public static final AuditEvent<UserAccount> PASSWORD_CHANGED = USER.event("user.password-changed");
    public static final AuditEvent<UserAccount> LOCKED = USER.event("user.locked");
    public static final AuditEvent<UserAccount> SECURITY_BASELINE = USER.event("user.security-baseline");

    IdentityAudit() {
    }

    private static JsonObject participant(Participant p) {
        JsonObjectBuilder b = CanonicalJson.JSON.createObjectBuilder().add("id", p.getId()).add("type", p.getType().name())
                .add("nameEn", p.getNameEn()).add("nameZh", p.getNameZh()).add("creditCode", p.getCreditCode())
                .add("active", p.isActive()).add("createdAt", CanonicalJson.instant(p.getCreatedAt()));
        CanonicalJson.addNullable(b, "licenceNumber", p.getLicenceNumber());
        CanonicalJson.addNullable(b, "licenceExpiry", p.getLicenceExpiry());
        return b.build();
    }

    private static JsonObject user(UserAccount u) {
        return before009(u).add("credentialDigest", Hashes.sha256Hex(u.getPasswordHash()))
                .add("lockedUntil", u.getLockedUntil() == null ? "" : CanonicalJson.instant(u.getLockedUntil()))
                .build();
    }

    /**
     * A user as recorded before schema 009 (without credential digest and lock), only to tell at the one-time
     * security baseline whether a user's market fields still match its last ledger entry.
     */
    public static AuditSnapshot userBefore009(UserAccount u) {
        return new AuditSnapshot(USER.key(u.getId()), before009(u).build());
    }

    private static JsonObjectBuilder before009(UserAccount u) {
        return CanonicalJson.JSON.createObjectBuilder().add("id", u.getId()).add("username", u.getUsername())
                .add("displayName", u.getDisplayName()).add("role", u.getRole().name())
                .add("participantId", u.participantId().value()).add("enabled", u.isEnabled())
                .add("createdAt", CanonicalJson.instant(u.getCreatedAt()));
    }
}
