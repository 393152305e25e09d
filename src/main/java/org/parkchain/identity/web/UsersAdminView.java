package org.parkchain.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parkchain.identity.boundary.Accounts;
import org.parkchain.identity.boundary.Participants;
import org.parkchain.identity.entity.NewUser;
import org.parkchain.identity.entity.Participant;
import org.parkchain.identity.entity.ParticipantId;
import org.parkchain.identity.entity.UserAccount;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.i18n.Localized;
import org.parkchain.platform.web.FacesMessages;
import org.parkchain.platform.web.LocaleView;

/** Park admin: create users, disable and enable them, reset passwords (the new one is shown once). */
@Named
@ViewScoped
public class UsersAdminView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Inject
    Participants participants;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleView localeView;

    @Inject
    Clock clock;

    private String username;
    private String displayName;
    private String password;
    private Long participantId;
    private String language = "en";
    private transient List<UserAccount> users;
    private transient Map<Long, Participant> byId;

    public List<UserAccount> getUsers() {
        if (users == null) {
            users = accounts.all();
        }
        return users;
    }

    public List<Participant> getParticipants() {
        return List.copyOf(participantsById().values());
    }

    public String participantName(UserAccount user) {
        Participant p = participantsById().get(user.participantId().value());
        return p == null ? "" : p.name(localeView.getLocale());
    }

    public boolean locked(UserAccount user) {
        return user.isLockedAt(clock.instant());
    }

    public void create() {
        try {
            UserAccount user = accounts.createUser(new NewUser(username, displayName, password,
                    participantId == null ? null : ParticipantId.of(participantId), language));
            messages.info("admin.users.created", user.getUsername(), Localized.key("role." + user.getRole().name()));
            username = displayName = password = null;
            participantId = null;
            users = null;
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public void setEnabled(long id, boolean enabled) {
        accounts.setEnabled(id, enabled);
        messages.info(enabled ? "admin.users.enabled" : "admin.users.disabled");
        users = null;
    }

    public void resetPassword(long id, String name) {
        String newPassword = accounts.resetPassword(id);
        messages.info("admin.users.passwordReset", name, newPassword);
        users = null;
    }

    private Map<Long, Participant> participantsById() {
        if (byId == null) {
            byId = participants.all().stream().collect(Collectors.toMap(Participant::getId, Function.identity(),
                    (a, b) -> a, LinkedHashMap::new));
        }
        return byId;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Long getParticipantId() {
        return participantId;
    }

    public void setParticipantId(Long participantId) {
        this.participantId = participantId;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
