package org.parkchain.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parkchain.identity.entity.ParticipantType;
import org.parkchain.identity.entity.Role;

/** Every UI string exists in English and Simplified Chinese, and every key the code and pages use exists. */
class MessagesBundleTest {
    static final String DIR = "/org/parkchain/platform/i18n/";

    static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream(DIR + file)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndChineseHaveTheSameKeys() throws IOException {
        for (String bundle : new String[] {"messages", "faces"}) {
            Set<String> en = new TreeSet<>(load(bundle + ".properties").stringPropertyNames());
            Set<String> zh = new TreeSet<>(load(bundle + "_zh_CN.properties").stringPropertyNames());
            Set<String> onlyEn = new TreeSet<>(en);
            onlyEn.removeAll(zh);
            Set<String> onlyZh = new TreeSet<>(zh);
            onlyZh.removeAll(en);
            assertTrue(onlyEn.isEmpty() && onlyZh.isEmpty(), bundle + ": only English " + onlyEn + ", only Chinese "
                    + onlyZh);
        }
    }

    @Test
    void chineseTextIsReallyChinese() throws IOException {
        Properties zh = load("messages_zh_CN.properties");
        assertEquals("退出登录", zh.getProperty("nav.logout"));
        long withHan = zh.stringPropertyNames().stream().filter(k -> zh.getProperty(k).codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)).count();
        assertTrue(withHan > zh.size() * 0.9, "most Chinese strings contain Han characters: " + withHan);
    }

    /**
     * A text with placeholders goes through {@link java.text.MessageFormat}, where a lone apostrophe starts a quote
     * and swallows the rest ("the station's limit of {0}" once printed "the stations limit of {0}"); it must be
     * written twice. Every placeholder text is formatted and must keep its apostrophes and fill every placeholder.
     */
    @Test
    void placeholderTextsKeepTheirApostrophes() throws IOException {
        Set<String> broken = new TreeSet<>();
        for (String file : new String[] {"messages.properties", "messages_zh_CN.properties"}) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                if (!pattern.matches("(?s).*\\{\\d.*")) {
                    continue;
                }
                String out = new java.text.MessageFormat(pattern, Locale.ROOT).format(new Object[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
                long quotes = pattern.replace("''", "\u0000").chars().filter(c -> c == '\'').count();
                if (quotes > 0 || out.matches("(?s).*\\{\\d.*")) {
                    broken.add(file + ": " + key);
                }
            }
        }
        assertTrue(broken.isEmpty(), "write apostrophes twice in texts with placeholders: " + broken);
    }

    /** Regression: "Created user … with role GENERATOR" / "角色为 GENERATOR", "the SHARP price must be …". */
    @Test
    void wordArgumentsAreWrittenInTheMessagesLanguage() {
        assertTrue(Messages.text(Locale.CHINA, "admin.users.created", "bob", Localized.key("role.GENERATOR"))
                .contains("发电企业"));
        assertEquals("Created user bob with role Generator.", Messages.text(Locale.ENGLISH, "admin.users.created",
                "bob", Localized.key("role.GENERATOR")));
        String price = Messages.text(Locale.CHINA, "error.tariff.price", "SUMMER", Localized.key("period.SHARP"));
        assertTrue(price.contains("尖峰") && !price.contains("SHARP"), price);
    }

    @Test
    void englishLookupsNeverFallBackToTheServersDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertEquals("Log out", Messages.text(Locale.ENGLISH, "nav.logout"));
            assertEquals("退出登录", Messages.text(Locale.CHINA, "nav.logout"));
            assertEquals("用户名 bob 已被占用。", Messages.text(Locale.CHINA, "error.user.usernameTaken", "bob"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void everyKeyUsedInPagesAndCodeExists() throws IOException {
        Properties en = load("messages.properties");
        Set<String> missing = new TreeSet<>();
        Pattern inPages = Pattern.compile("msg\\['([a-zA-Z0-9_.]+)'\\]");
        Pattern inCode = Pattern.compile("\"((?:error|login|admin)\\.[a-zA-Z0-9_.]+)\"");
        scan(Path.of("src/main/webapp"), ".xhtml", inPages, en, missing);
        scan(Path.of("src/main/java"), ".java", inCode, en, missing);
        for (Role role : Role.values()) {
            check("role." + role.name(), en, missing);
        }
        for (ParticipantType type : ParticipantType.values()) {
            check("participantType." + type.name(), en, missing);
            check("participantTypes." + type.name(), en, missing);
        }
        assertTrue(missing.isEmpty(), "missing keys: " + missing);
    }

    private static void scan(Path root, String suffix, Pattern pattern, Properties en, Set<String> missing)
            throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) {
                        check(m.group(1), en, missing);
                    }
                }
            }
        }
    }

    private static void check(String key, Properties en, Set<String> missing) {
        if (!en.containsKey(key)) {
            missing.add(key);
        }
    }
}
