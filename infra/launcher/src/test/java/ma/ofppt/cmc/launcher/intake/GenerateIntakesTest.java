package ma.ofppt.cmc.launcher.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenerateIntakesTest {

  @Test
  void withoutOptionsEveryCityOfThe2025IntakeIsWrittenUnderDotCmc() {
    GenerateIntakes.Options options = GenerateIntakes.Options.parse();
    assertEquals(URI.create("http://localhost:8080"), options.url());
    assertEquals(IntakeGenerator.cities(), options.cities());
    assertEquals("2025-2026", options.academicYear());
    assertEquals(Path.of(".cmc", "intakes"), options.out());
    assertEquals("demo", options.seed());
    assertFalse(options.importing());
    assertFalse(options.help());
  }

  @Test
  void optionsSayWhichCitiesWhereAndWhetherToImport() {
    GenerateIntakes.Options options =
        GenerateIntakes.Options.parse(
            "--url",
            "http://cmc.test:9090",
            "--city",
            "oriental",
            "--city",
            "souss-massa",
            "--year",
            "2026-2027",
            "--out",
            "/tmp/x",
            "--seed",
            "s1",
            "--import",
            "--timeout",
            "90");
    assertEquals(URI.create("http://cmc.test:9090"), options.url());
    assertEquals(List.of("oriental", "souss-massa"), options.cities());
    assertEquals("2026-2027", options.academicYear());
    assertEquals(Path.of("/tmp/x"), options.out());
    assertEquals("s1", options.seed());
    assertTrue(options.importing());
    assertEquals(Duration.ofSeconds(90), options.timeout());
  }

  @Test
  void wrongOptionsAreNamed() {
    assertMessage("unknown option --imports", "--imports");
    assertMessage("unknown city 'atlantis'", "--city", "atlantis");
    assertMessage("--out needs a value", "--out");
    assertMessage("--year takes an academic year", "--year", "2025");
    assertMessage("--timeout takes a number of seconds", "--timeout", "soon");
    assertMessage("--timeout takes a number of seconds", "--timeout", "0");
  }

  private static void assertMessage(String start, String... args) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> GenerateIntakes.Options.parse(args));
    assertTrue(e.getMessage().startsWith(start), e.getMessage());
  }
}
