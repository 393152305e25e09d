package org.parkchain.tariffs.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.json.JsonObject;
import org.parkchain.ledger.control.AuditEvent;
import org.parkchain.ledger.control.AuditedAggregate;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.tariffs.entity.TariffVersion;

/** The catalog tariff on the ledger ({@code tariff:<id>}): every saved version, immutable. */
@Dependent
public class TariffAudit {
    @Produces
    public static final AuditedAggregate<TariffVersion> TARIFF = AuditedAggregate.entity("tariff", TariffVersion.class,
            TariffVersion::getId, TariffAudit::tariff);
    public static final AuditEvent<TariffVersion> PUBLISHED = TARIFF.event("tariff.published");

    TariffAudit() {
    }

    private static JsonObject tariff(TariffVersion t) {
        return CanonicalJson.JSON.createObjectBuilder().add("id", t.getId()).add("granularity", t.getGranularity())
                .add("document", CanonicalJson.parseObject(t.getDocument())).add("createdBy", t.getCreatedBy())
                .add("createdAt", CanonicalJson.instant(t.getCreatedAt())).build();
    }
}
