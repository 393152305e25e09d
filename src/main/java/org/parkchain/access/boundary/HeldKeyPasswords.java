package org.parkchain.access.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.GeneralSecurityException;
import java.util.List;
import org.parkchain.access.control.KeyWrapping;
import org.parkchain.identity.entity.PasswordChanged;

/**
 * Keeps the keys the park holds for a user usable after the user changes their password: every key generated for an
 * application of theirs is unwrapped with the old password and wrapped again with the new one, in the password
 * change's transaction. A key that does not open with the old password (protected by an earlier password, e.g.
 * before an admin reset) is left as it was and counted.
 */
@Stateless
public class HeldKeyPasswords {
    @PersistenceContext
    EntityManager em;

    public void protectAgain(@Observes PasswordChanged change) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT h.application_id, h.salt, h.iterations, h.iv, h.encrypted_key FROM access_held_key h
                JOIN access_application a ON a.id = h.application_id WHERE a.applicant = ? ORDER BY h.application_id
                FOR UPDATE OF h""").setParameter(1, change.username()).getResultList();
        for (Object[] row : rows) {
            byte[] key;
            try {
                key = KeyWrapping.unwrap(new KeyWrapping.Wrapped((byte[]) row[1], ((Number) row[2]).intValue(),
                        (byte[]) row[3], (byte[]) row[4]), change.oldPassword().toCharArray());
            } catch (GeneralSecurityException e) {
                change.leftAsItWas();
                continue;
            }
            KeyWrapping.Wrapped again = KeyWrapping.wrap(key, change.newPassword().toCharArray(),
                    Enrollment.HELD_KEY_ITERATIONS);
            java.util.Arrays.fill(key, (byte) 0);
            em.createNativeQuery("UPDATE access_held_key SET salt = ?, iterations = ?, iv = ?, encrypted_key = ? "
                            + "WHERE application_id = ?").setParameter(1, again.salt())
                    .setParameter(2, again.iterations()).setParameter(3, again.iv())
                    .setParameter(4, again.ciphertext()).setParameter(5, ((Number) row[0]).longValue())
                    .executeUpdate();
            change.protectedAgain();
        }
    }
}
