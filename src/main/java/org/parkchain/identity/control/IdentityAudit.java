package org.parkchain.identity.control;

import jakarta.json.JsonObjectBuilder;
import org.parkchain.identity.entity.Participant;
import org.parkchain.identity.entity.UserAccount;
import org.parkchain.ledger.boundary.AuditSnapshot;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.canonical.Hashes;

/**
 * What of a participant and a user is audited: everything that decides who may act on the market, including the
 * security state of an account: its role, whether it is enabled, its lock, and a SHA-256 digest of its stored
 * password hash (never the hash or the password itself), so a password changed or reset behind the application's
 * back is reported by the audit. Failed-attempt counters, the last login and the language change with every login
 * and are not market state; they are left out.
 */
public final class IdentityAudit {
    public static final String PARTICIPANT_PREFIX = "participant:";
    public static final String USER_PREFIX = "user:";

    private IdentityAudit() {
    }

    public static AuditSnapshot participant(Participant p) {
        JsonObjectBuilder b = CanonicalJson.JSON.createObjectBuilder().add("id", p.getId()).add("type", p.getType().name())
                .add("nameEn", p.getNameEn()).add("nameZh", p.getNameZh()).add("creditCode", p.getCreditCode())
                .add("active", p.isActive()).add("createdAt", CanonicalJson.instant(p.getCreatedAt()));
        CanonicalJson.addNullable(b, "licenceNumber", p.getLicenceNumber());
        CanonicalJson.addNullable(b, "licenceExpiry", p.getLicenceExpiry());
        return new AuditSnapshot(PARTICIPANT_PREFIX + p.getId(), b.build());
    }

    /**
     * A user as recorded before schema 009 (without credential digest and lock), only to tell at the one-time
     * security baseline whether a user's market fields still match its last ledger entry.
     */
    public static AuditSnapshot userBefore009(UserAccount u) {
        return new AuditSnapshot(USER_PREFIX + u.getId(), CanonicalJson.JSON.createObjectBuilder().add("id", u.getId())
                .add("username", u.getUsername()).add("displayName", u.getDisplayName())
                .add("role", u.getRole().name()).add("participantId", u.participantId().value())
                .add("enabled", u.isEnabled()).add("createdAt", CanonicalJson.instant(u.getCreatedAt())).build());
    }

    public static AuditSnapshot user(UserAccount u) {
        return new AuditSnapshot(USER_PREFIX + u.getId(), CanonicalJson.JSON.createObjectBuilder().add("id", u.getId())
                .add("username", u.getUsername()).add("displayName", u.getDisplayName())
                .add("role", u.getRole().name()).add("participantId", u.participantId().value())
                .add("enabled", u.isEnabled()).add("createdAt", CanonicalJson.instant(u.getCreatedAt()))
                .add("credentialDigest", Hashes.sha256Hex(u.getPasswordHash()))
                .add("lockedUntil", u.getLockedUntil() == null ? "" : CanonicalJson.instant(u.getLockedUntil()))
                .build());
    }
}
