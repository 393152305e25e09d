package org.parkchain.park.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import org.parkchain.park.entity.Park;
import org.parkchain.platform.BusinessException;

/** The park record of this installation. Business rule: an installation serves exactly one park. */
@Stateless
public class Parks {
    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public Optional<Park> current() {
        return em.createQuery("SELECT p FROM Park p ORDER BY p.id", Park.class).setMaxResults(1)
                .getResultStream().findFirst();
    }

    public Park create(String code, String nameEn, String nameZh, String cityEn, String cityZh) {
        if (current().isPresent()) {
            throw new BusinessException("error.park.exists");
        }
        Park park = new Park(code, nameEn, nameZh, cityEn, cityZh, clock.instant());
        em.persist(park);
        em.flush(); // identity ids are assigned by PostgreSQL on insert
        return park;
    }
}
