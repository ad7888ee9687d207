package ma.ofppt.cmc.platform.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LocalizedNameTest {

  @Test
  void keepsBothFormsTrimmed() {
    LocalizedName name = LocalizedName.of(" Santé ", " الصحة ");
    assertEquals("Santé", name.fr());
    assertEquals("الصحة", name.ar());
  }

  @Test
  void refusesMissingFormsAndLatinArabic() {
    assertEquals(
        "name.fr",
        assertThrows(DomainRuleViolation.class, () -> LocalizedName.of("", "الصحة")).field());
    assertEquals(
        "name.ar",
        assertThrows(DomainRuleViolation.class, () -> LocalizedName.of("Santé", null)).field());
    assertEquals(
        "name.ar",
        assertThrows(DomainRuleViolation.class, () -> LocalizedName.of("Santé", "Sante")).field());
    assertEquals(
        "city.fr",
        assertThrows(
                DomainRuleViolation.class, () -> LocalizedName.of("city", "x".repeat(201), "مدينة"))
            .field());
  }
}
