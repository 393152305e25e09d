package org.parkchain.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.parkchain.devserver.EmbeddedDatabase;

/**
 * The WAR that Maven built, for Arquillian: the real application, with its configuration defaults replaced so that
 * it uses a fresh database of the test PostgreSQL server (without the demo park).
 */
public final class ArquillianWar {
    private static final String CONFIG = "WEB-INF/classes/META-INF/microprofile-config.properties";

    private ArquillianWar() {
    }

    public static WebArchive withDatabase(String database) {
        WebArchive war = ShrinkWrap.create(ZipImporter.class, "parkchain-it.war")
                .importFrom(new File(System.getProperty("parkchain.war"))).as(WebArchive.class);
        war.delete(CONFIG);
        war.add(new StringAsset(String.join("\n",
                "parkchain.db.url=" + TestDatabase.database(database),
                "parkchain.db.user=" + EmbeddedDatabase.APP_USER,
                "parkchain.db.password=" + EmbeddedDatabase.APP_PASSWORD,
                "parkchain.demo.enabled=false",
                "parkchain.security.pbkdf2.iterations=2048",
                "parkchain.access.ca.keystore=" + new File("target/" + database + "-ca.p12").getAbsolutePath(),
                "parkchain.ledger.embedded.keystore=" + new File("target/" + database + "-ledger-node.p12")
                        .getAbsolutePath())), CONFIG);
        war.addClass(ArquillianWar.class);
        return war;
    }
}
