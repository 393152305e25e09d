/**
 * The JAX-RS application and errors as RFC 9457 problem details in the caller's language. May import platform only.
 */
package org.parkchain.platform.rest;
