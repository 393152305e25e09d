package org.parkchain.profiles.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.web.FacesMessages;
import org.parkchain.platform.web.Uploads;
import org.parkchain.profiles.boundary.LoadProfiles;
import org.parkchain.profiles.control.Archetype;
import org.parkchain.profiles.control.UsageProfile;
import org.parkchain.profiles.entity.LoadProfile;

/** The resident's load profile: typed-in months, an upload of meter readings, or a typical profile. */
@Named("profileView")
@ViewScoped
public class ProfileView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    LoadProfiles profiles;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    private final BigDecimal[] months = new BigDecimal[12];
    private Archetype pattern = Archetype.OFFICE;
    private Archetype archetype = Archetype.SHOP;
    private BigDecimal annualKwh;
    private transient Part file;
    private transient Optional<LoadProfile> current;

    /** One row of the profile table. */
    public record MonthRow(Month month, double sharp, double peak, double flat, double valley, double total) {
    }

    public Optional<LoadProfile> getCurrent() {
        if (current == null) {
            current = profiles.mine(currentUser.name());
        }
        return current;
    }

    public List<MonthRow> getRows() {
        List<MonthRow> rows = new ArrayList<>();
        getCurrent().ifPresent(p -> {
            UsageProfile u = p.usage();
            for (int m = 0; m < u.months(); m++) {
                double[] k = u.kWh()[m];
                rows.add(new MonthRow(u.month(m), k[0], k[1], k[2], k[3], u.monthTotal(m)));
            }
        });
        return rows;
    }

    public void saveMonthly() {
        double[] kWh = new double[12];
        for (int m = 0; m < 12; m++) {
            kWh[m] = months[m] == null ? -1 : months[m].doubleValue();
        }
        save(() -> profiles.fromMonthly(currentUser.name(), kWh, pattern));
    }

    public void saveArchetype() {
        save(() -> profiles.fromArchetype(currentUser.name(), archetype, annualKwh == null ? 0 : annualKwh.doubleValue()));
    }

    public void upload() {
        if (Uploads.refuseMissingOrEmpty(file, messages)) {
            return;
        }
        save(() -> {
            try (InputStream in = file.getInputStream()) {
                return profiles.fromReadings(currentUser.name(), file.getSubmittedFileName(), in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void save(java.util.function.Supplier<LoadProfile> action) {
        try {
            LoadProfile p = action.get();
            current = Optional.of(p);
            messages.info("profile.saved", p.getAnnualKwh().setScale(0, java.math.RoundingMode.HALF_UP));
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public Archetype[] getArchetypes() {
        return Archetype.values();
    }

    public BigDecimal[] getMonths() {
        return months;
    }

    public Archetype getPattern() {
        return pattern;
    }

    public void setPattern(Archetype pattern) {
        this.pattern = pattern;
    }

    public Archetype getArchetype() {
        return archetype;
    }

    public void setArchetype(Archetype archetype) {
        this.archetype = archetype;
    }

    public BigDecimal getAnnualKwh() {
        return annualKwh;
    }

    public void setAnnualKwh(BigDecimal annualKwh) {
        this.annualKwh = annualKwh;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
