/** The industrial park this installation serves. */
package org.parkchain.park;
