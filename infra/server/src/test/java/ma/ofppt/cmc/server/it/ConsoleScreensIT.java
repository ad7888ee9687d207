package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every area's main screens open for the roles that use them, in French and in Arabic, show their
 * content and log no error; the menu offers a role only what it may do. The screenshots of these
 * screens are the ones in docs/screenshots (see README).
 */
class ConsoleScreensIT extends PlatformIT {
  private static final String CITY = "marrakech-safi";

  /** One role's screens: each route with the element that shows it is there. */
  private record Screens(String role, String region, List<String[]> routes) {}

  private static final List<Screens> SCREENS =
      List.of(
          new Screens(
              "city-director",
              null,
              List.of(
                  new String[] {"/city/offer/summary", "offer-summary-table"},
                  new String[] {"/city/offer/programmes", "programmes-table"},
                  new String[] {"/city/staff/members", "staff-table"},
                  new String[] {"/city/staff/figures", "staff-figures-table"})),
          new Screens(
              "campus-manager",
              null,
              List.of(
                  new String[] {"/city/boarding/figures", "boarding-figures"},
                  new String[] {"/city/facilities/calendar", "bookings-calendar"},
                  new String[] {"/city/facilities/resources", "resources-table"})),
          new Screens(
              "career-advisor",
              null,
              List.of(
                  new String[] {"/city/careers/tracer", "tracer-waves-table"},
                  new String[] {"/city/careers/incubator", "incubator-table"})),
          new Screens(
              "finance-officer",
              null,
              List.of(
                  new String[] {"/city/finance/execution", "execution-table"},
                  new String[] {"/city/finance/ledger", "ledger-verification"})),
          new Screens(
              "hq-analyst",
              null,
              List.of(
                  new String[] {"/hq/dashboard", "national-figures-table"},
                  new String[] {"/hq/freshness", "national-freshness-table"},
                  new String[] {"/hq/reconciliation", "reconciliation-run"})),
          new Screens(
              "region-auditor",
              CITY,
              List.of(
                  new String[] {"/audit/lines", "audit-lines-table"},
                  new String[] {"/audit/verification", "audit-verification"})));

  @Test
  void eachRolesScreensOpenInFrench() {
    screens("fr");
  }

  @Test
  void eachRolesScreensOpenInArabicRightToLeft() {
    screens("ar");
  }

  @Test
  void aTrainerIsOfferedNeitherFinanceNorImportsNorHq() {
    menuOf("trainer");
  }

  @Test
  void aFinanceOfficerIsOfferedFinanceButNotImportsNorHq() {
    menuOf("finance-officer");
  }

  private void screens(String language) {
    for (Screens screens : SCREENS) {
      try (Browser browser = Browser.open(api.base())) {
        browser.visit("/").language(language);
        if (screens.role().startsWith("hq") || screens.role().startsWith("region")) {
          browser.signInAbove(screens.role(), screens.region());
        } else {
          browser.signInCity(CITY, screens.role());
        }
        for (String[] route : screens.routes()) {
          browser.go(route[0]);
          WebElement content = browser.testId(route[1]);
          assertFalse(content.getText().isBlank(), route[0]);
          assertEquals(List.of(), unlabelledControls(browser), route[0]);
          assertEquals("ar".equals(language) ? "rtl" : "ltr", browser.htmlAttribute("dir"));
          if (route[1].equals("bookings-calendar")) {
            // FullCalendar renders into its host and lays itself out right to left in Arabic.
            String direction = "ar".equals(language) ? "fc-direction-rtl" : "fc-direction-ltr";
            browser.until(d -> content.getAttribute("class").contains(direction));
          }
          browser.screenshot(screens.role() + route[0].replace('/', '-') + "-" + language);
        }
        assertEquals(List.of(), browser.consoleErrors(), screens.role());
      }
    }
  }

  /**
   * Form controls a screen reader could not name: no label, no aria-label, no aria-labelledby.
   * FullCalendar's own buttons carry titles, which name them too.
   */
  @SuppressWarnings("unchecked")
  private static List<String> unlabelledControls(Browser browser) {
    return (List<String>)
        browser.script(
            "return [...document.querySelectorAll('main input, main select, main textarea,"
                + " main button')]"
                + ".filter(e => e.type !== 'hidden' && e.offsetParent !== null)"
                + ".filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')"
                + " && !e.getAttribute('aria-labelledby') && !e.getAttribute('title')"
                + " && !(e.tagName === 'BUTTON' && e.textContent.trim()))"
                + ".map(e => e.outerHTML.slice(0, 120))");
  }

  private void menuOf(String role) {
    try (Browser browser = Browser.open(api.base())) {
      browser.visit("/").signInCity(CITY, role);
      List<String> entries =
          browser.all(By.cssSelector(".sidenav a")).stream()
              .map(a -> a.getAttribute("data-testid"))
              .toList();
      assertTrue(entries.contains("nav-city-dashboard"), entries::toString);
      assertFalse(entries.stream().anyMatch(e -> e.startsWith("nav-hq")), entries::toString);
      assertFalse(entries.stream().anyMatch(e -> e.startsWith("nav-audit")), entries::toString);
      boolean finance = entries.stream().anyMatch(e -> e.startsWith("nav-city-finance"));
      assertEquals(role.equals("finance-officer"), finance, entries::toString);
      boolean admissions =
          entries.stream().anyMatch(e -> e.startsWith("nav-city-admissions-imports"));
      assertFalse(admissions, entries::toString);
      // A screen the role may not use, asked for by its address, is not shown either.
      browser.visit("/console/index.html#/hq/dashboard");
      browser.until(d -> !d.getCurrentUrl().contains("/hq/"));
      assertTrue(browser.all(Browser.byTestId("national-figures-table")).isEmpty());
    }
  }
}
