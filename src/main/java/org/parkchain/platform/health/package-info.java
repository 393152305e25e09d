/**
 * The database readiness check. May import platform only.
 */
package org.parkchain.platform.health;
