package ma.ofppt.cmc.server.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium driving the console as a person would: Debian's {@code chromium} and its
 * {@code chromedriver} (infra/test-services.sh installs them; {@code cmc.it.chromium} and {@code
 * cmc.it.chromedriver} point elsewhere). Elements are found by their {@code data-testid} or by what
 * a person reads (labels, button texts); each test gets a fresh browser profile, so no session
 * leaks from one test to the next.
 */
final class Browser implements AutoCloseable {
  static final Path SCREENSHOTS =
      Path.of(System.getProperty("cmc.it.screenshots", "target/screenshots")).toAbsolutePath();
  private static final Duration WAIT = Duration.ofSeconds(30);

  private final ChromeDriver driver;
  private final String base;
  private final Path profile;

  private Browser(ChromeDriver driver, String base, Path profile) {
    this.driver = driver;
    this.base = base;
    this.profile = profile;
  }

  static Browser open(String base) {
    Path chromium = Path.of(System.getProperty("cmc.it.chromium", "/usr/bin/chromium"));
    Path chromedriver = Path.of(System.getProperty("cmc.it.chromedriver", "/usr/bin/chromedriver"));
    if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
      throw new IllegalStateException(
          "the console's end-to-end tests need Chromium at "
              + chromium
              + " and its driver at "
              + chromedriver
              + ": run infra/test-services.sh (it installs Debian's chromium and chromium-driver)");
    }
    try {
      Path profile = Files.createTempDirectory("cmc-chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(chromium.toFile());
      // The flags that keep Chromium quiet on a closed network, as root, without a display.
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-quic",
          "--no-first-run",
          "--window-size=1366,900",
          "--lang=fr-FR",
          "--user-data-dir=" + profile);
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
      options.setCapability("goog:loggingPrefs", logs);
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().scriptTimeout(WAIT);
      return new Browser(
          driver, base.endsWith("/") ? base.substring(0, base.length() - 1) : base, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  WebDriver driver() {
    return driver;
  }

  /** Opens a path of the platform, e.g. {@code /} (which leads to the console). */
  Browser visit(String path) {
    driver.get(base + path);
    return this;
  }

  /** Waits for an element by its data-testid and returns it, visible. */
  WebElement testId(String id) {
    return until(ExpectedConditions.visibilityOfElementLocated(byTestId(id)));
  }

  static By byTestId(String id) {
    return By.cssSelector("[data-testid='" + id + "']");
  }

  List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  <T> T until(Function<WebDriver, T> condition) {
    return until(WAIT, condition);
  }

  /**
   * Waits for a condition; when it never comes, the failure carries what the page showed: the URL,
   * its console errors, and a screenshot and the page's HTML under target/screenshots/failures.
   */
  <T> T until(Duration limit, Function<WebDriver, T> condition) {
    try {
      return new WebDriverWait(driver, limit).until(condition::apply);
    } catch (org.openqa.selenium.TimeoutException e) {
      String evidence = keepEvidence();
      throw new AssertionError(
          e.getMessage()
              + "\n at "
              + driver.getCurrentUrl()
              + "\n console errors: "
              + consoleErrors()
              + "\n "
              + evidence,
          e);
    }
  }

  private String keepEvidence() {
    try {
      Path failures = SCREENSHOTS.resolve("failures");
      Files.createDirectories(failures);
      String name = "failure-" + System.currentTimeMillis();
      Files.write(failures.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
      Files.writeString(failures.resolve(name + ".html"), driver.getPageSource());
      return "screenshot and page: " + failures.resolve(name) + ".{png,html}";
    } catch (IOException | RuntimeException e) {
      return "(no screenshot: " + e + ")";
    }
  }

  /** Waits until an element by testid shows a text containing {@code text}. */
  WebElement untilText(String testId, String text) {
    until(ExpectedConditions.textToBePresentInElementLocated(byTestId(testId), text));
    return testId(testId);
  }

  /** The form control labelled {@code label} (the label a person reads), inside {@code scope}. */
  WebElement field(WebElement scope, String label) {
    WebElement labelElement =
        scope.findElements(By.tagName("label")).stream()
            .filter(l -> l.getText().replace("*", "").strip().equals(label))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no field labelled '" + label + "'"));
    return driver.findElement(By.id(labelElement.getAttribute("for")));
  }

  void select(WebElement control, String value) {
    new Select(control).selectByValue(value);
  }

  void type(WebElement control, String text) {
    control.clear();
    control.sendKeys(text);
  }

  /** A button of {@code scope} by the text on it. */
  WebElement button(WebElement scope, String text) {
    return scope.findElements(By.tagName("button")).stream()
        .filter(b -> b.getText().strip().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no button '" + text + "'"));
  }

  /** Signs in on the demo sign-in form as a city's staff member, and waits for the console. */
  Browser signInCity(String tenant, String role) {
    WebElement form = testId("signin-city");
    select(form.findElement(By.name("tenant")), tenant);
    select(form.findElement(By.name("roles")), role);
    form.findElement(By.cssSelector("button[type='submit']")).click();
    testId("who");
    return this;
  }

  /** Signs in as HQ ({@code region} null) or as a regional auditor of {@code region}. */
  Browser signInAbove(String role, String region) {
    WebElement form = testId("signin-above");
    select(form.findElement(By.name("roles")), role);
    if (region != null) {
      select(until(d -> form.findElement(By.name("region"))), region);
    }
    form.findElement(By.cssSelector("button[type='submit']")).click();
    testId("who");
    return this;
  }

  /** Switches the language from the sign-in page ({@code lang-fr}, {@code lang-ar} buttons). */
  Browser language(String code) {
    // Signed out, the page offers one button per language; signed in, a select in the top bar.
    until(
        d ->
            !d.findElements(byTestId("lang-" + code)).isEmpty()
                || !d.findElements(byTestId("language")).isEmpty());
    List<WebElement> buttons = all(byTestId("lang-" + code));
    if (!buttons.isEmpty()) {
      buttons.get(0).click();
    } else {
      select(testId("language"), code);
    }
    until(d -> code.equals(htmlAttribute("lang")));
    return this;
  }

  /** Opens a screen from the menu by its route, as a person clicking it would. */
  Browser menu(String route) {
    testId("nav" + route.replace('/', '-')).click();
    until(d -> d.getCurrentUrl().endsWith("#" + route));
    return this;
  }

  /** Opens a screen from the menu when it has an entry there, else by its address. */
  Browser go(String route) {
    if (!all(byTestId("nav" + route.replace('/', '-'))).isEmpty()) {
      return menu(route);
    }
    driver.get(base + "/console/index.html#" + route);
    until(d -> d.getCurrentUrl().endsWith("#" + route));
    return this;
  }

  String htmlAttribute(String name) {
    return driver.findElement(By.tagName("html")).getAttribute(name);
  }

  Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Errors the page wrote to its console (uncaught exceptions, failed module loads). */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        // A refused call the screen handles (403 for a tile the role may not read) is logged by
        // Chromium as a failed resource: that is the API working, not the page failing.
        .filter(m -> !m.contains("the server responded with a status of 403"))
        .toList();
  }

  /** Saves the whole page, beyond the window, as target/screenshots/{name}.png (DevTools). */
  @SuppressWarnings("unchecked")
  Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      java.util.Map<String, Object> metrics =
          driver.executeCdpCommand("Page.getLayoutMetrics", java.util.Map.of());
      java.util.Map<String, Object> size =
          (java.util.Map<String, Object>) metrics.get("cssContentSize");
      java.util.Map<String, Object> shot =
          driver.executeCdpCommand(
              "Page.captureScreenshot",
              java.util.Map.of(
                  "format",
                  "png",
                  "captureBeyondViewport",
                  true,
                  "clip",
                  java.util.Map.of(
                      "x",
                      0,
                      "y",
                      0,
                      "width",
                      size.get("width"),
                      "height",
                      size.get("height"),
                      "scale",
                      1)));
      Path target = SCREENSHOTS.resolve(name + ".png");
      Files.write(target, java.util.Base64.getDecoder().decode((String) shot.get("data")));
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteQuietly(profile);
    }
  }

  private static void deleteQuietly(Path directory) {
    try (var paths = Files.walk(directory)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // The profile is a temporary folder; what cannot be deleted now the OS cleans later.
      System.err.println("could not delete the browser profile " + directory + ": " + e);
    }
  }
}
