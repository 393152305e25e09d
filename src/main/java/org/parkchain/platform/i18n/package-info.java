/**
 * The English and Simplified Chinese message bundles, and the language-chosen event. May import only the JDK.
 */
package org.parkchain.platform.i18n;
