package org.parkchain.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.parkchain.platform.i18n.Messages;

class ProblemJsonTest {
    @Test
    void picksChineseOnlyWhenTheCallerPrefersIt() {
        assertEquals(Locale.ENGLISH, ProblemJson.requestLocale(null));
        assertEquals(Locale.ENGLISH, ProblemJson.requestLocale(""));
        assertEquals(Locale.ENGLISH, ProblemJson.requestLocale("en-GB,en;q=0.9"));
        assertEquals(Messages.CHINESE, ProblemJson.requestLocale("zh-CN,zh;q=0.9,en;q=0.8"));
        assertEquals(Messages.CHINESE, ProblemJson.requestLocale("zh"));
        assertEquals(Locale.ENGLISH, ProblemJson.requestLocale("de-DE"));
        assertEquals(Locale.ENGLISH, ProblemJson.requestLocale("en;q=0.9,zh;q=0.1"));
        assertEquals(Locale.ENGLISH, ProblemJson.requestLocale(";;garbage=="));
    }
}
