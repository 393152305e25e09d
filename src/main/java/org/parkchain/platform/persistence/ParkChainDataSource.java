package org.parkchain.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one datasource. Its URL, user and password come from MicroProfile Config
 * ({@code parkchain.db.url}, {@code parkchain.db.user}, {@code parkchain.db.password}; environment variables
 * {@code PARKCHAIN_DB_URL} and so on), with defaults in {@code META-INF/microprofile-config.properties}.
 */
@DataSourceDefinition(
        name = ParkChainDataSource.JNDI_NAME,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=parkchain.db.url}",
        user = "${MPCONFIG=parkchain.db.user}",
        password = "${MPCONFIG=parkchain.db.password}",
        minPoolSize = 2,
        maxPoolSize = 20,
        properties = {"fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit"})
@ApplicationScoped
public class ParkChainDataSource {
    public static final String JNDI_NAME = "java:app/jdbc/parkchain";
}
