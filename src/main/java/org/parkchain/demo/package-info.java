/** The demo park loaded into an empty database at start-up. */
package org.parkchain.demo;
