package org.parkchain.access.control;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A private key held for a portal user: encrypted with AES-256-GCM under a key derived from the user's password
 * (PBKDF2-HMAC-SHA256, random salt). Without the password the server cannot sign for the user; a wrong password
 * fails the GCM tag check.
 */
public final class KeyWrapping {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The stored form. */
    public record Wrapped(byte[] salt, int iterations, byte[] iv, byte[] ciphertext) {
    }

    private KeyWrapping() {
    }

    public static Wrapped wrap(byte[] privateKey, char[] password, int iterations) {
        byte[] salt = new byte[16];
        byte[] iv = new byte[12];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(password, salt, iterations), new GCMParameterSpec(128, iv));
            return new Wrapped(salt, iterations, iv, cipher.doFinal(privateKey));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt the key", e);
        }
    }

    /** @throws GeneralSecurityException when the password is wrong or the data was changed */
    public static byte[] unwrap(Wrapped wrapped, char[] password) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key(password, wrapped.salt(), wrapped.iterations()),
                new GCMParameterSpec(128, wrapped.iv()));
        return cipher.doFinal(wrapped.ciphertext());
    }

    private static SecretKeySpec key(char[] password, byte[] salt, int iterations) throws GeneralSecurityException {
        byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password, salt, iterations, 256)).getEncoded();
        return new SecretKeySpec(derived, "AES");
    }
}
