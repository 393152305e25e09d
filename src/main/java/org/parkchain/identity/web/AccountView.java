package org.parkchain.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.identity.entity.Participant;
import org.parkchain.identity.entity.UserAccount;

/** The logged-in user's own account page: who they are, their organisation and their language preference. */
@Named
@RequestScoped
public class AccountView {
    @Inject
    CurrentUser currentUser;

    public UserAccount getAccount() {
        return currentUser.account();
    }

    public Participant getParticipant() {
        return currentUser.participant();
    }
}
