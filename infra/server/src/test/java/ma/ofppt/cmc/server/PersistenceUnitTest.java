package ma.ofppt.cmc.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The persistence unit lists its classes (modules live in separate jars, which JPA does not scan);
 * this keeps the list and the code the same, so a new entity cannot be silently unmapped.
 */
class PersistenceUnitTest {

  @Test
  void everyMappedClassIsListedAndNothingElse() throws Exception {
    Set<String> mapped = new TreeSet<>();
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ma.ofppt.cmc")) {
      if (type.isAnnotatedWith(Entity.class)
          || type.isAnnotatedWith(Embeddable.class)
          || type.isAnnotatedWith(MappedSuperclass.class)) {
        mapped.add(type.getName());
      }
    }
    Set<String> listed = new TreeSet<>();
    try (InputStream xml = getClass().getResourceAsStream("/META-INF/persistence.xml")) {
      Matcher m =
          Pattern.compile("<class>([^<]+)</class>")
              .matcher(new String(xml.readAllBytes(), "UTF-8"));
      while (m.find()) {
        listed.add(m.group(1).strip());
      }
    }
    assertEquals(mapped, listed);
  }
}
