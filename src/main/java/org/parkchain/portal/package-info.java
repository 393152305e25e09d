/** Role portals' home pages, composed from the features' boundaries. */
package org.parkchain.portal;
