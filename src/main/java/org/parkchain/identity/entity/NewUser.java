package org.parkchain.identity.entity;

/** What the park admin enters to create a user; the role follows from the participant's type. */
public record NewUser(String username, String displayName, String password, ParticipantId participant,
                      String locale) {
}
