/**
 * Canonical JSON and SHA-256, shared by the application and the chaincode (compiled into both). May import only the
 * JDK and JSON-P.
 */
package org.parkchain.platform.canonical;
