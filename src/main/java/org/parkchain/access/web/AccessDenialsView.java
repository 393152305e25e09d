package org.parkchain.access.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.parkchain.access.boundary.AccessDenials;
import org.parkchain.access.entity.AccessDenial;

/** The regulator's access-denial log: every refused market action, newest first. */
@Named("accessDenials")
@RequestScoped
public class AccessDenialsView {
    static final int SHOWN = 1000;

    @Inject
    AccessDenials denials;

    private List<AccessDenial> latest;

    public List<AccessDenial> getLatest() {
        if (latest == null) {
            latest = denials.latest(SHOWN);
        }
        return latest;
    }

    public int getShown() {
        return SHOWN;
    }
}
