/**
 * The datasource, the Flyway migrations at start-up, JPA converters and the one registry of advisory locks. May
 * import platform only.
 */
package org.parkchain.platform.persistence;
