package org.parkchain.identity.entity;

/**
 * Fired (synchronously, inside the transaction) when a user changed their own password, so that features holding
 * secrets protected by the old password (e.g. market keys held by the park) protect them with the new one. Observers
 * report what they did with {@link #protectedAgain} and {@link #leftAsTheyWere}. The passwords never leave the
 * request; {@link #toString()} does not show them.
 */
public final class PasswordChanged {
    private final String username;
    private final String oldPassword;
    private final String newPassword;
    private int protectedAgain;
    private int leftAsTheyWere;

    public PasswordChanged(String username, String oldPassword, String newPassword) {
        this.username = username;
        this.oldPassword = oldPassword;
        this.newPassword = newPassword;
    }

    public String username() {
        return username;
    }

    public String oldPassword() {
        return oldPassword;
    }

    public String newPassword() {
        return newPassword;
    }

    /** A secret that opened with the old password and is now protected by the new one. */
    public void protectedAgain() {
        protectedAgain++;
    }

    /** A secret that did not open with the old password (protected by an earlier one) and was left unchanged. */
    public void leftAsItWas() {
        leftAsTheyWere++;
    }

    public int protectedAgainCount() {
        return protectedAgain;
    }

    public int leftAsTheyWereCount() {
        return leftAsTheyWere;
    }

    @Override
    public String toString() {
        return "PasswordChanged[" + username + "]";
    }
}
