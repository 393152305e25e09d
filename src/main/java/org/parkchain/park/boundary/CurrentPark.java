package org.parkchain.park.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.parkchain.park.entity.Park;

/**
 * The park for pages, read from the database until it exists and then kept: an installation serves one park, made
 * once and never changed ({@link Parks#create}), so every node may keep it for its lifetime. Every page showed it, and
 * the query (through the EJB container) was a visible part of a page's CPU.
 */
@ApplicationScoped
public class CurrentPark {
    @Inject
    Parks parks;

    private volatile Park park;

    public Optional<Park> get() {
        Park known = park;
        if (known == null) {
            known = parks.current().orElse(null);
            park = known;
        }
        return Optional.ofNullable(known);
    }
}
