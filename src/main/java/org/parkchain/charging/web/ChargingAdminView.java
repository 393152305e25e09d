package org.parkchain.charging.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.parkchain.charging.boundary.Allocations;
import org.parkchain.charging.boundary.BaseLoads;
import org.parkchain.charging.boundary.ChargingGate;
import org.parkchain.charging.boundary.ParkTopology;
import org.parkchain.charging.boundary.Requirements;
import org.parkchain.charging.entity.Allocation;
import org.parkchain.charging.entity.Requirement;
import org.parkchain.charging.entity.Transformer;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.web.FacesMessages;
import org.parkchain.platform.web.Uploads;

/**
 * The park admin's charging page: the gate (next open day and when it closes), the requirements in for that day, each
 * transformer's base-load forecast for it (and where it comes from), a CSV import for a day's forecast or a day type's
 * profile, and the button that closes the day's gate and allocates every transformer.
 */
@Named("chargingAdmin")
@ViewScoped
public class ChargingAdminView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ChargingGate gate;

    @Inject
    ParkTopology topology;

    @Inject
    BaseLoads baseLoads;

    @Inject
    Requirements requirements;

    @Inject
    Allocations allocations;

    @Inject
    ChargingReportView report;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    private Long transformerId;
    private String appliesTo;
    private transient Part file;

    private LocalDate day;

    /** The first open day with a transformer not allocated yet: the gate the button closes. */
    public LocalDate getDay() {
        if (day == null) {
            day = allocations.firstUnallocatedDay();
        }
        return day;
    }

    /** What the page shows, read once per view (rendering asks for it many times) and again after a change. */
    private transient Shown shown;

    private record Shown(List<Transformer> transformers, List<Requirement> requirements,
                         java.util.Map<Long, String> stationCodes, java.util.Map<Long, BaseLoads.Forecast> forecasts,
                         LocalDate unallocatedClosedDay) {
    }

    private Shown shown() {
        if (shown == null) {
            LocalDate closed = gate.lastClosedDay();
            List<Transformer> transformers = topology.transformers();
            java.util.Map<Long, BaseLoads.Forecast> forecasts = new java.util.HashMap<>();
            transformers.forEach(t -> forecasts.put(t.getId(), baseLoads.forecast(t.getId(), getDay())));
            java.util.Map<Long, String> codes = new java.util.HashMap<>();
            topology.stations().forEach(s -> codes.put(s.getId(), s.getCode()));
            shown = new Shown(transformers, requirements.ofDay(getDay()), codes, forecasts,
                    allocations.dueWithRequirements(closed).isEmpty() ? null : closed);
        }
        return shown;
    }

    /** The latest closed day, when one of its transformers with requirements is still unallocated. */
    public LocalDate getUnallocatedClosedDay() {
        return shown().unallocatedClosedDay();
    }

    public String getClosesAt() {
        return gate.gate().closesAt(getDay()).toString().replace('T', ' ');
    }

    public List<Transformer> getTransformers() {
        return shown().transformers();
    }

    public List<Requirement> getRequirements() {
        return shown().requirements();
    }

    public String stationCode(long stationId) {
        return shown().stationCodes().getOrDefault(stationId, "");
    }

    public String forecastFrom(long transformerId) {
        return shown().forecasts().get(transformerId).from();
    }

    public double peakBaseLoad(long transformerId) {
        return java.util.Arrays.stream(shown().forecasts().get(transformerId).kw()).max().orElse(0);
    }

    /** Closes the gate of {@code day} (the next open day, or a closed day still unallocated) and allocates it. */
    public void allocate(LocalDate day) {
        try {
            List<Allocation> runs = allocations.runDay(day, currentUser.name());
            report.setDay(day.toString());
            report.refresh();
            messages.info("charging.admin.allocated", day.toString(), runs.size());
            this.day = null;
            shown = null;
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public void upload() {
        if (Uploads.refuseMissingOrEmpty(file, messages)) {
            return;
        }
        try (InputStream in = file.getInputStream()) {
            String csv = new String(in.readNBytes(1024 * 1024), StandardCharsets.UTF_8);
            baseLoads.set(currentUser.name(), transformerId == null ? -1 : transformerId, appliesTo, csv);
            messages.info("charging.baseLoad.saved", appliesTo);
            shown = null;
        } catch (BusinessException e) {
            messages.refused(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The gate to show ({@code ?gate=YYYY-MM-DD}), instead of the first unallocated day. */
    public String getGate() {
        return day == null ? null : day.toString();
    }

    public void setGate(String gate) {
        if (gate != null && gate.matches("\\d{4}-\\d{2}-\\d{2}")) {
            day = LocalDate.parse(gate);
            shown = null;
        }
    }

    public Long getTransformerId() {
        return transformerId;
    }

    public void setTransformerId(Long transformerId) {
        this.transformerId = transformerId;
    }

    public String getAppliesTo() {
        return appliesTo;
    }

    public void setAppliesTo(String appliesTo) {
        this.appliesTo = appliesTo;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
