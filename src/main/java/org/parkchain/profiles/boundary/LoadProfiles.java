package org.parkchain.profiles.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parkchain.identity.boundary.Parties;
import org.parkchain.identity.entity.ParticipantId;
import org.parkchain.identity.entity.ParticipantType;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.LineProblem;
import org.parkchain.platform.Problems;
import org.parkchain.platform.time.ParkCalendar;
import org.parkchain.profiles.control.AnnualProfile;
import org.parkchain.profiles.control.Archetype;
import org.parkchain.profiles.control.LoadBounds;
import org.parkchain.profiles.control.LoadSeries;
import org.parkchain.profiles.control.MeterCsv;
import org.parkchain.profiles.entity.LoadProfile;
import org.parkchain.tariffs.boundary.CatalogTariffs;
import org.parkchain.tariffs.control.CatalogTariff;

/**
 * Residents' load profiles, from typed-in monthly energy, an upload of interval readings, or an archetype scaled to
 * the annual energy. Business rules: every profile covers the twelve calendar months of the current year (readings
 * are folded by calendar month and missing days estimated, see {@link AnnualProfile}); a file with any problem is
 * refused whole with every problem listed by line, and nothing is saved; the newest profile is the one in use.
 */
@Stateless
public class LoadProfiles {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ParkCalendar calendar;

    @Inject
    Parties parties;

    @Inject
    CatalogTariffs tariffs;

    @Inject
    @ConfigProperty(name = "parkchain.agreements.readings-max-bytes", defaultValue = "10485760")
    long maxBytes;

    /** The resident's latest profile, if it has one. */
    public Optional<LoadProfile> current(ParticipantId resident) {
        return em.createQuery("SELECT p FROM LoadProfile p WHERE p.participantId = :p ORDER BY p.id DESC",
                LoadProfile.class).setParameter("p", resident.value()).setMaxResults(1).getResultStream()
                .findFirst();
    }

    public Optional<LoadProfile> mine(String username) {
        return current(parties.actingAs(username, ParticipantType.RESIDENT));
    }

    public LoadProfile fromMonthly(String username, double[] monthlyKwh, Archetype pattern) {
        long resident = parties.actingAs(username, ParticipantType.RESIDENT).value();
        AnnualProfile profile = monthly(monthlyKwh, pattern, tariffs.required().tariff());
        return save(new LoadProfile(resident, LoadProfile.Source.MONTHLY, pattern.name(), profile.profile(), null,
                null, null, clock.instant()));
    }

    public LoadProfile fromArchetype(String username, Archetype archetype, double annualKwh) {
        long resident = parties.actingAs(username, ParticipantType.RESIDENT).value();
        AnnualProfile profile = archetype(archetype, annualKwh, tariffs.required().tariff());
        return save(new LoadProfile(resident, LoadProfile.Source.ARCHETYPE, archetype.name(), profile.profile(),
                null, null, null, clock.instant()));
    }

    public LoadProfile fromReadings(String username, String fileName, InputStream csv) {
        long resident = parties.actingAs(username, ParticipantType.RESIDENT).value();
        CatalogTariff tariff = tariffs.required().tariff();
        LoadSeries series = readings(csv);
        AnnualProfile profile = fromSeries(series, tariff);
        String name = fileName == null ? null : fileName.length() > 200 ? fileName.substring(0, 200) : fileName;
        return save(new LoadProfile(resident, LoadProfile.Source.READINGS, null, profile.profile(), series.size(),
                series.stepMinutes(), name, clock.instant()));
    }

    /** Checks typed-in months (twelve, none negative, a sensible year) and builds the profile; saves nothing. */
    public AnnualProfile monthly(double[] monthlyKwh, Archetype pattern, CatalogTariff tariff) {
        Problems problems = new Problems();
        problems.check(pattern != null, "pattern", "error.profile.pattern");
        problems.check(monthlyKwh != null && monthlyKwh.length == 12, "months", "error.profile.months");
        double total = 0;
        if (monthlyKwh != null && monthlyKwh.length == 12) {
            for (int m = 0; m < 12; m++) {
                problems.check(monthlyKwh[m] >= 0 && Double.isFinite(monthlyKwh[m]), "month" + (m + 1),
                        "error.profile.negative", m + 1);
                total += Math.max(0, monthlyKwh[m]);
            }
            LoadBounds.check(problems, "months", total);
        }
        problems.throwIfAny();
        return AnnualProfile.of(monthlyKwh, pattern, tariff, Year.from(calendar.today()));
    }

    public AnnualProfile archetype(Archetype archetype, double annualKwh, CatalogTariff tariff) {
        Problems problems = new Problems();
        problems.check(archetype != null, "archetype", "error.profile.archetype");
        LoadBounds.check(problems, "annualKwh", annualKwh);
        problems.throwIfAny();
        return AnnualProfile.of(archetype, annualKwh, tariff, Year.from(calendar.today()));
    }

    /** The year of a series of readings, refused when its yearly consumption is out of bounds. */
    public AnnualProfile fromSeries(LoadSeries series, CatalogTariff tariff) {
        AnnualProfile profile = AnnualProfile.of(series, tariff, Year.from(calendar.today()));
        Problems problems = new Problems();
        LoadBounds.check(problems, "file", profile.profile().total());
        problems.throwIfAny();
        return profile;
    }

    /** Reads a resident's CSV; refuses it whole, with every problem by line, if anything is wrong. */
    public LoadSeries readings(InputStream csv) {
        MeterCsv.Result result;
        try {
            result = new MeterCsv(MeterCsv.Layout.READINGS, maxBytes, 24 * 60).read(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LineProblem.refuseIfAny(result.problems());
        return result.series().get("");
    }

    private LoadProfile save(LoadProfile profile) {
        em.persist(profile);
        em.flush();
        return profile;
    }
}
