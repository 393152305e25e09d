package org.parkchain.devserver;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code ./mvnw -Prun} runs: PostgreSQL from embedded binaries (unless {@code PARKCHAIN_DB_URL} names an
 * external server), then Payara Micro with the freshly built WAR; prints the URL and demo logins when ready and runs
 * until Ctrl-C, then stops Payara and PostgreSQL cleanly.
 *
 * <p>Settings (environment variable or system property): {@code PARKCHAIN_HTTP_PORT} / parkchain.http.port (8080),
 * {@code PARKCHAIN_DATA_DIR} / parkchain.data.dir (./data), {@code PARKCHAIN_EMBEDDED_DB_PORT} /
 * parkchain.embedded.db.port (54329). All application settings (PARKCHAIN_DB_URL, ...) pass through to Payara.
 */
public final class ParkChainServer {
    static final List<String> DEMO_LOGINS = List.of(
            "admin       park admin (Jinqiao Park Management Committee)",
            "regulator   regulator (Park Energy Regulatory Office)",
            "sales1..4   sales companies",
            "large1..4   large users",
            "gen1..4     distributed generators",
            "station1..3 charging station operators",
            "resident01..resident36  small and micro users");

    private ParkChainServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path base = Path.of(setting("parkchain.basedir", "."));
        int httpPort = Integer.parseInt(setting("parkchain.http.port", "8080"));
        Path dataDir = base.resolve(setting("parkchain.data.dir", "data")).normalize().toAbsolutePath();
        Map<String, String> env = new HashMap<>();
        EmbeddedDatabase database = null;
        if (System.getenv("PARKCHAIN_DB_URL") == null) {
            database = EmbeddedDatabase.start(dataDir.resolve("postgres"),
                    Integer.parseInt(setting("parkchain.embedded.db.port", "54329")), true);
            database.ensureDatabase("parkchain");
            env.put("PARKCHAIN_DB_URL", database.jdbcUrl("parkchain"));
            env.put("PARKCHAIN_DB_USER", EmbeddedDatabase.APP_USER);
            env.put("PARKCHAIN_DB_PASSWORD", EmbeddedDatabase.APP_PASSWORD);
        }
        if (System.getenv("PARKCHAIN_ACCESS_CA_KEYSTORE") == null) {
            env.put("PARKCHAIN_ACCESS_CA_KEYSTORE", dataDir.resolve("park-ca.p12").toString());
        }
        if (System.getenv("PARKCHAIN_LEDGER_EMBEDDED_KEYSTORE") == null) {
            env.put("PARKCHAIN_LEDGER_EMBEDDED_KEYSTORE", dataDir.resolve("ledger-node.p12").toString());
        }
        PayaraProcess payara = PayaraProcess.start(Path.of(System.getProperty("payara.microJar")),
                Path.of(System.getProperty("parkchain.war")), httpPort, env, null);
        EmbeddedDatabase db = database;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            payara.close();
            if (db != null) {
                db.close();
            }
        }, "parkchain-shutdown"));
        payara.awaitReady(Duration.ofMinutes(3));
        printBanner(payara.baseUrl() + "/", database == null ? "external (PARKCHAIN_DB_URL)"
                : "embedded PostgreSQL, data in " + dataDir.resolve("postgres"));
        int exit = payara.waitFor();
        if (exit != 0 && exit != 130 && exit != 143) {
            System.err.println("Payara Micro exited with code " + exit);
        }
    }

    private static void printBanner(String url, String databaseInfo) {
        String password = System.getenv().getOrDefault("PARKCHAIN_DEMO_PASSWORD", "parkchain1");
        StringBuilder sb = new StringBuilder("\n")
                .append("================================================================\n")
                .append(" ParkChain is ready at ").append(url).append('\n')
                .append(" Database: ").append(databaseInfo).append('\n')
                .append(" Demo logins (password for all: ").append(password).append("):\n");
        DEMO_LOGINS.forEach(l -> sb.append("   ").append(l).append('\n'));
        sb.append(" Press Ctrl-C to stop.\n")
                .append("================================================================\n");
        System.out.println(sb);
    }

    static String setting(String property, String defaultValue) {
        String env = System.getenv(property.toUpperCase().replace('.', '_'));
        if (env != null && !env.isBlank()) {
            return env;
        }
        return System.getProperty(property, defaultValue);
    }
}
