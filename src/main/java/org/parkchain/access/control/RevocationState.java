package org.parkchain.access.control;

/**
 * What the park CA's signed revocation list says of a certificate now: good, revoked, or unknown when no CRL signed
 * by the market CA can be read (then nothing signed with it is accepted: the check fails closed).
 */
public enum RevocationState { GOOD, REVOKED, UNKNOWN }
