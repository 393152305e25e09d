/**
 * JSF helpers every page uses: messages, number and date formats, the session's language. May import platform only.
 */
package org.parkchain.platform.web;
