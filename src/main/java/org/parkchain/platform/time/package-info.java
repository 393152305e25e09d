/**
 * The application clock (microseconds, as PostgreSQL keeps them) and the park's calendar. May import platform only.
 */
package org.parkchain.platform.time;
