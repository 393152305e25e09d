package org.parkchain.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PBKDF2 (HMAC-SHA256) password hashes through Jakarta Security's {@link Pbkdf2PasswordHash}. The iteration count
 * is stored inside each hash, so raising {@code parkchain.security.pbkdf2.iterations} only affects new hashes.
 */
@ApplicationScoped
public class PasswordHashing {
    private static final Logger LOG = Logger.getLogger(PasswordHashing.class.getName());
    private static final String PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private final SecureRandom random = new SecureRandom();

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    @ConfigProperty(name = "parkchain.security.pbkdf2.iterations", defaultValue = "210000")
    int iterations;

    /** Verified against unknown usernames so that a wrong username costs as much time as a wrong password. */
    private String dummyHash;

    @PostConstruct
    void init() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        dummyHash = hash.generate("no such user".toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    /** False for a wrong password and for a stored hash that is not a PBKDF2 hash at all (it matches nothing). */
    public boolean verify(String password, String storedHash) {
        try {
            return storedHash != null && hash.verify(password.toCharArray(), storedHash);
        } catch (RuntimeException e) {
            LOG.warning("A stored password hash is malformed; the login is refused (" + e.getClass().getSimpleName()
                    + ")");
            burnTimeForUnknownUser(password);
            return false;
        }
    }

    public void burnTimeForUnknownUser(String password) {
        hash.verify(password.toCharArray(), dummyHash);
    }

    /** A random password of the given length, without look-alike characters, for password resets. */
    public String randomPassword(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return sb.toString();
    }
}
