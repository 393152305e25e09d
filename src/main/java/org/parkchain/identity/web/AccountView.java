package org.parkchain.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.parkchain.identity.boundary.Accounts;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.identity.entity.Participant;
import org.parkchain.identity.entity.PasswordChanged;
import org.parkchain.identity.entity.UserAccount;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.web.FacesMessages;

/**
 * The logged-in user's own account page: who they are, their organisation and their language preference, and the
 * change of their own password.
 */
@Named
@RequestScoped
public class AccountView {
    @Inject
    CurrentUser currentUser;

    @Inject
    Accounts accounts;

    @Inject
    FacesMessages messages;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    public UserAccount getAccount() {
        return currentUser.account();
    }

    public Participant getParticipant() {
        return currentUser.participant();
    }

    public void changePassword() {
        try {
            PasswordChanged changed = accounts.changePassword(currentUser.account().getUsername(), currentPassword, newPassword,
                    confirmation);
            messages.info("account.passwordChanged");
            if (changed.protectedAgainCount() > 0) {
                messages.info("account.keysProtectedAgain", changed.protectedAgainCount());
            }
            if (changed.leftAsTheyWereCount() > 0) {
                messages.warn("account.keysLeft", changed.leftAsTheyWereCount());
            }
        } catch (BusinessException e) {
            messages.refused(e);
        }
        currentPassword = newPassword = confirmation = null;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
