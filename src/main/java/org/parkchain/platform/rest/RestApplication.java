package org.parkchain.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The REST API, under {@code /api}. Every resource declares its roles with {@code @RolesAllowed}, enforced by
 * Jersey's RolesAllowedDynamicFeature; web.xml additionally requires an authenticated caller for {@code /api/*}.
 */
@ApplicationPath("api")
public class RestApplication extends Application {
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
    }
}
