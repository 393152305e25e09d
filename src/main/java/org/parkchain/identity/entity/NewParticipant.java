package org.parkchain.identity.entity;

import java.time.LocalDate;

/** What the park admin enters to register a participant. */
public record NewParticipant(ParticipantType type, String nameEn, String nameZh, String creditCode,
                             String licenceNumber, LocalDate licenceExpiry) {
}
