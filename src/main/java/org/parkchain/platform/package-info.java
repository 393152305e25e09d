/** Cross-cutting concerns: configuration, persistence set-up and migrations, security, i18n, REST and error handling. */
package org.parkchain.platform;
