/** Short-lived read caches for what every page asks for and rarely changes (container-free). */
package org.parkchain.platform.cache;
