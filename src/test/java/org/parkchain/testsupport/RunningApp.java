package org.parkchain.testsupport;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.parkchain.devserver.EmbeddedDatabase;
import org.parkchain.devserver.PayaraProcess;

/**
 * The built WAR running in a real Payara Micro process on a free port, against its own database with the demo park,
 * shared by all black-box integration tests (HTTP and browser) of one run. Lockout is set to 3 attempts and 6
 * seconds so the lockout test can watch a lock expire.
 */
public final class RunningApp {
    public static final int LOCKOUT_ATTEMPTS = 3;
    public static final Duration LOCKOUT_DURATION = Duration.ofSeconds(6);
    public static final String DEMO_PASSWORD = "parkchain1";
    /** The park CA's key store of the running application (default password). */
    public static final Path CA_KEYSTORE = Path.of("target", "it-app-ca.p12").toAbsolutePath();

    private static PayaraProcess payara;

    private RunningApp() {
    }

    public static synchronized String baseUrl() {
        if (payara == null) {
            String url = TestDatabase.database("parkchain_app");
            Path log = Path.of("target", "it-app-payara.log");
            payara = PayaraProcess.start(Path.of(System.getProperty("payara.microJar")),
                    Path.of(System.getProperty("parkchain.war")), TestDatabase.freePort(), Map.of(
                            "PARKCHAIN_DB_URL", url,
                            "PARKCHAIN_DB_USER", EmbeddedDatabase.APP_USER,
                            "PARKCHAIN_DB_PASSWORD", EmbeddedDatabase.APP_PASSWORD,
                            "PARKCHAIN_SECURITY_LOCKOUT_MAX_ATTEMPTS", Integer.toString(LOCKOUT_ATTEMPTS),
                            "PARKCHAIN_SECURITY_LOCKOUT_DURATION", LOCKOUT_DURATION.toString(),
                            "PARKCHAIN_ACCESS_CA_KEYSTORE",
                            CA_KEYSTORE.toString(),
                            "PARKCHAIN_LEDGER_EMBEDDED_KEYSTORE",
                            Path.of("target", "it-app-ledger-node.p12").toAbsolutePath().toString()), log);
            Runtime.getRuntime().addShutdownHook(new Thread(payara::close, "test-payara-stop"));
            payara.awaitReady(Duration.ofMinutes(4));
        }
        return payara.baseUrl();
    }
}
