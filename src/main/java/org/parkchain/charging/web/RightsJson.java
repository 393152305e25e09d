package org.parkchain.charging.web;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.parkchain.charging.boundary.Rights;
import org.parkchain.charging.control.AllocationExplanation;
import org.parkchain.charging.entity.Allocation;
import org.parkchain.charging.entity.Requirement;
import org.parkchain.charging.entity.StationRight;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.i18n.Messages;

/** Charging requirements, allocation reports and schedules as JSON for the API. */
final class RightsJson {
    private RightsJson() {
    }

    static JsonObject requirement(Requirement r) {
        return CanonicalJson.JSON.createObjectBuilder().add("id", r.getId()).add("stationId", r.getStationId())
                .add("day", r.getDay().toString()).add("energyKwh", r.getEnergyKwh()).add("minKw", r.getMinKw())
                .add("maxKw", r.getMaxKw()).add("arrival", r.getArrival()).add("departure", r.getDeparture())
                .add("willingness", r.getWillingness()).add("flexibleShare", r.getFlexibleShare())
                .add("submittedBy", r.getSubmittedBy()).add("submittedAt", r.getSubmittedAt().toString())
                .add("signerFingerprint", r.getSignerFingerprint()).build();
    }

    static JsonObject report(Rights.Report report, java.util.Locale locale) {
        Allocation a = report.allocation();
        JsonArrayBuilder rows = CanonicalJson.JSON.createArrayBuilder();
        for (Rights.Row row : report.rows()) {
            StationRight r = row.right();
            JsonArrayBuilder why = CanonicalJson.JSON.createArrayBuilder();
            for (AllocationExplanation.Line l : row.explanation()) {
                why.add(Messages.text(locale, l.key(), l.args()));
            }
            rows.add(CanonicalJson.JSON.createObjectBuilder().add("stationId", row.station().getId())
                    .add("station", row.station().getCode()).add("requestedKwh", r.getRequestedKwh())
                    .add("servedKwh", r.getServedKwh()).add("share", round(r.share(), 4))
                    .add("unmetKwh", round(r.unmetKwh(), 3)).add("weight", row.requirement().getWillingness())
                    .add("kw", numbers(r.kw())).add("currentKw", numbers(row.currentKw()))
                    .add("currentKwh", round(row.currentKwh(), 3)).add("explanation", why));
        }
        JsonObjectBuilder o = CanonicalJson.JSON.createObjectBuilder().add("id", a.getId())
                .add("transformerId", a.getTransformerId()).add("transformer", report.transformer().getCode())
                .add("day", a.getDay().toString()).add("limitKw", a.getLimitKw())
                .add("baseLoadFrom", a.getBaseLoadFrom()).add("baseLoadKw", numbers(a.baseLoadKw()))
                .add("marginKw", numbers(a.marginKw())).add("totalKw", numbers(a.totalKw()))
                .add("jain", a.getJain()).add("unmetKwh", round(a.unmetKwh(), 3))
                .add("rightsRoot", a.getRightsRoot()).add("runAt", a.getRunAt().toString()).add("runBy", a.getRunBy())
                .add("tieBreak", Messages.text(locale, "charging.report.tieBreak")).add("stations", rows);
        return o.build();
    }

    static JsonArrayBuilder numbers(double[] values) {
        JsonArrayBuilder a = CanonicalJson.JSON.createArrayBuilder();
        for (double v : values) {
            a.add(round(v, 3));
        }
        return a;
    }

    private static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }
}
