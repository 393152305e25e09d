package org.parkchain.charging.entity;

import java.math.BigDecimal;
import org.parkchain.identity.entity.ParticipantId;
import org.parkchain.platform.Problems;

/**
 * What the park admin types for a charging station (new or edited), with the rules it must meet given the transformer
 * it is on: a code, both names, a maximum power above 0 and at most the transformer's active-power limit (to 0.1 kW),
 * and 1 to {@value #MAX_CONNECTORS} connectors. That the transformer exists, the operator is an active station operator
 * and the code is free are the boundary's checks.
 */
public record StationSpec(Long transformerId, ParticipantId operator, String code, String nameEn, String nameZh,
                          BigDecimal maxPowerKw, Integer connectors) {
    public static final int MAX_CONNECTORS = 200;

    /**
     * Adds every problem of this spec to {@code problems}.
     *
     * @param transformerLimitKw the active-power limit of the chosen transformer, or null when there is none
     */
    public void check(Problems problems, BigDecimal transformerLimitKw) {
        TopologyNames.check(problems, code, nameEn, nameZh);
        problems.check(transformerId != null, "transformerId", "error.station.transformerRequired");
        problems.check(operator != null, "operatorParticipantId", "error.station.operatorRequired");
        if (transformerLimitKw != null) {
            problems.check(maxPowerKw != null && maxPowerKw.signum() > 0 && maxPowerKw.compareTo(transformerLimitKw) <= 0
                    && maxPowerKw.stripTrailingZeros().scale() <= 1, "maxPowerKw", "error.station.maxPower",
                    transformerLimitKw);
        }
        problems.check(connectors != null && connectors > 0 && connectors <= MAX_CONNECTORS, "connectors",
                "error.station.connectors", MAX_CONNECTORS);
    }

    /** The spec with its texts trimmed and the code in upper case, as it is stored. */
    public StationSpec normalised() {
        return new StationSpec(transformerId, operator, TopologyNames.code(code), TopologyNames.trim(nameEn),
                TopologyNames.trim(nameZh), maxPowerKw, connectors);
    }
}
