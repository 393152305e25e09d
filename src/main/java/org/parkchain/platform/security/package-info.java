/**
 * Web security that needs no feature: role names, security headers, the API's same-origin rule and who may read the
 * operations endpoints. May import platform only.
 */
package org.parkchain.platform.security;
