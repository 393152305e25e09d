/** What the portal homes read from the features, kept a few seconds per node ({@code ParkDirectory}). */
package org.parkchain.portal.boundary;
