package ma.ofppt.cmc.launcher.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {

  @Test
  void readsWhatThePlatformAnswers() {
    Object value =
        Json.parse(
            "{\"items\":[{\"code\":\"GESENT-TS\",\"name\":{\"ar\":\"\\u062a\\u0633\u064a\u064a\u0631\"},"
                + "\"targetAgeMin\":15,\"rate\":382.0,\"reason\":null,\"active\":true,"
                + "\"intakes\":[]}],\n \"total\" : 1 , \"q\":\"a\\\"b\\\\c\\/d\\n\"}");
    Map<?, ?> page = (Map<?, ?>) value;
    assertEquals(List.of("items", "total", "q"), List.copyOf(page.keySet()), "document order");
    Map<?, ?> item = (Map<?, ?>) ((List<?>) page.get("items")).get(0);
    assertEquals("GESENT-TS", item.get("code"));
    assertEquals("تسيير", ((Map<?, ?>) item.get("name")).get("ar"));
    assertEquals(new BigDecimal("15"), item.get("targetAgeMin"));
    assertEquals(new BigDecimal("382.0"), item.get("rate"));
    assertTrue(item.containsKey("reason"));
    assertNull(item.get("reason"));
    assertEquals(Boolean.TRUE, item.get("active"));
    assertEquals(List.of(), item.get("intakes"));
    assertEquals(new BigDecimal("1"), page.get("total"));
    assertEquals("a\"b\\c/d\n", page.get("q"));
    assertEquals(new BigDecimal("-1.5E+3"), Json.parse(" -1.5e3 "));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "{",
        "{\"a\":1,}",
        "[1,]",
        "{\"a\" 1}",
        "{a:1}",
        "\"open",
        "\"bad \\x escape\"",
        "\"\\u12\"",
        "tru",
        "1 2",
        "+1",
        "1.",
        "-"
      })
  void refusesWhatIsNotJson(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Json.parse(text));
    assertTrue(e.getMessage().startsWith("malformed JSON at offset"), e.getMessage());
  }

  @Test
  void quotesStringsForARequestBody() {
    assertEquals("\"a\\\"b\\\\c\\n\\u0001\"", Json.quote("a\"b\\c\n\u0001"));
    assertEquals("dakhla-oued-ed-dahab", Json.parse(Json.quote("dakhla-oued-ed-dahab")));
  }
}
