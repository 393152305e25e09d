/** Participants (organisations with type and licence data) and users with roles; login, lockout and account administration. */
package org.parkchain.identity;
