package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The console in a real headless Chromium: the platform's root leads to it, the demo sign-in opens
 * a city's dashboard with the city's own figures, Arabic turns the whole layout right to left with
 * names in Arabic script, and the page logs no error.
 */
class ConsoleIT extends PlatformIT {

  @Test
  void theConfigurationTellsHowToSignInWithoutAToken() {
    Api.Reply config = api.get("/api/v1/console/config", null);
    assertEquals(200, config.status(), config::toString);
    JsonObject body = config.json();
    assertEquals("demo", body.getString("signIn"));
    assertEquals(12, body.getJsonArray("cities").size());
    JsonObject marrakech =
        body.getJsonArray("cities").getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("code").equals("marrakech-safi"))
            .findFirst()
            .orElseThrow();
    assertEquals("Tamansourt", marrakech.getJsonObject("city").getString("fr"));
    assertEquals("تامنصورت", marrakech.getJsonObject("city").getString("ar"));
    assertEquals(12, body.getJsonArray("regions").size());
    assertEquals("2025-2026", body.getString("academicYear"));
  }

  @Test
  void theRootLeadsToTheConsoleAndSignInOpensTheCitysOwnDashboard() {
    try (Browser browser = Browser.open(api.base())) {
      browser.visit("/").signInCity("marrakech-safi", "city-director");
      assertTrue(
          browser.driver().getCurrentUrl().contains("/console/"), browser.driver()::getCurrentUrl);
      // Marrakech-Safi's published 3,000 seats, and not another city's (Rabat has 4,560).
      WebElement seats = browser.untilText("tile-seats", "000");
      assertEquals("3000", digits(seats.findElement(By.className("value")).getText()));
      assertEquals("fr", browser.htmlAttribute("lang"));
      assertEquals("ltr", browser.htmlAttribute("dir"));
      browser.screenshot("city-dashboard-fr");
      assertEquals(List.of(), browser.consoleErrors());
    }
    try (Browser browser = Browser.open(api.base())) {
      browser.visit("/").signInCity("rabat-sale-kenitra", "city-director");
      WebElement seats = browser.untilText("tile-seats", "560");
      assertEquals("4560", digits(seats.findElement(By.className("value")).getText()));
    }
  }

  @Test
  void arabicIsRightToLeftThroughoutWithNamesInArabicScript() {
    try (Browser browser = Browser.open(api.base())) {
      browser.visit("/").language("ar");
      assertEquals("rtl", browser.htmlAttribute("dir"));
      browser.signInCity("marrakech-safi", "city-director");
      browser.untilText("tile-seats", "000");
      assertEquals("ar", browser.htmlAttribute("lang"));
      assertEquals("rtl", browser.htmlAttribute("dir"));
      // The menu sits on the right of the content, as an Arabic reader expects.
      WebElement menu = browser.driver().findElement(By.className("sidenav"));
      WebElement main = browser.driver().findElement(By.id("main"));
      assertTrue(
          menu.getRect().getX() > main.getRect().getX(),
          () -> "menu at x=" + menu.getRect().getX() + ", content at x=" + main.getRect().getX());
      String who = browser.testId("who").getText();
      assertTrue(who.contains("مراكش"), who);
      assertTrue(browser.testId("tile-seats").getText().matches("(?s).*[\\u0600-\\u06FF].*"));
      browser.screenshot("city-dashboard-ar");
      assertEquals(List.of(), browser.consoleErrors());
    }
  }

  @Test
  void aSignInTheApiRefusesIsShownAndNothingOpens() {
    try (Browser browser = Browser.open(api.base())) {
      browser.visit("/console/index.html#/signin");
      WebElement form = browser.testId("signin-city");
      // A city the registry does not know: the token endpoint refuses and names the field.
      browser.script(
          "const s = arguments[0]; const o = document.createElement('option');"
              + " o.value = 'atlantis'; o.text = 'Atlantis'; s.add(o); s.value = 'atlantis';"
              + " s.dispatchEvent(new Event('change'));",
          form.findElement(By.name("tenant")));
      form.findElement(By.cssSelector("button[type='submit']")).click();
      WebElement error = browser.until(d -> form.findElement(By.cssSelector(".field .error")));
      assertTrue(error.getText().contains("no active city"), error::getText);
      assertNull(browser.script("return sessionStorage.getItem('cmc.session')"));
    }
  }

  private static String digits(String text) {
    return text.replaceAll("\\D", "");
  }
}
