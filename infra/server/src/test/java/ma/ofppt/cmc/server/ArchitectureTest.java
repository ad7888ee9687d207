package ma.ofppt.cmc.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import ma.ofppt.cmc.platform.persistence.SharedReferenceData;
import ma.ofppt.cmc.platform.persistence.TenantPersistence;
import ma.ofppt.cmc.platform.persistence.TenantScopedEntity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layout rules of STYLE.md, checked over every module the server assembles (the Maven enforcer
 * checks the same direction between artifacts; this checks it between packages).
 */
class ArchitectureTest {
  private static JavaClasses platform;

  @BeforeAll
  static void importClasses() {
    platform =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ma.ofppt.cmc");
  }

  @Test
  void platformCoreDependsOnNoModule() {
    check(
        noClasses()
            .that()
            .resideInAPackage("ma.ofppt.cmc.platform..")
            .should()
            .dependOnClassesThat()
            .resideOutsideOfPackages(
                "ma.ofppt.cmc.platform..",
                "java..",
                "jakarta..",
                "org.eclipse..",
                "org.flywaydb..",
                "org.postgresql..",
                "javax.sql.."));
  }

  @Test
  void theConsoleReadsOnlyPlatformCoreAndNothingReadsTheConsole() {
    check(
        noClasses()
            .that()
            .resideInAPackage("ma.ofppt.cmc.console..")
            .should()
            .dependOnClassesThat()
            .resideOutsideOfPackages(
                "ma.ofppt.cmc.console..",
                "ma.ofppt.cmc.platform..",
                "java..",
                "jakarta..",
                "org.eclipse.microprofile.."));
    check(
        noClasses()
            .that()
            .resideOutsideOfPackage("ma.ofppt.cmc.console..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("ma.ofppt.cmc.console.."));
  }

  @Test
  void tenantModulesNeverDependOnEachOther() {
    check(
        slices()
            .matching("ma.ofppt.cmc.(*)..")
            .namingSlices("$1")
            .should()
            .notDependOnEachOther()
            .ignoreDependency(
                com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                    "ma.ofppt.cmc.platform..")));
  }

  @Test
  void onlyIntegrationsUseCamel() {
    check(
        noClasses()
            .that()
            .resideOutsideOfPackage("ma.ofppt.cmc.integrations..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.apache.camel.."));
  }

  @Test
  void layersInsideAModulePointInwards() {
    check(
        noClasses()
            .that()
            .resideInAPackage("..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "..application..", "..api..", "..infrastructure..", "jakarta.ws.rs.."));
    check(
        noClasses()
            .that()
            .resideInAPackage("..application..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..api.."));
  }

  @Test
  void tenantDataIsReachedOnlyThroughTheCentralBinding() {
    check(
        noClasses()
            .that()
            .doNotBelongToAnyOf(TenantPersistence.class)
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("jakarta.persistence.PersistenceContext")
            .because(
                "an entity manager that bypasses TenantPersistence would skip the tenant binding"));
    check(
        noClasses()
            .should()
            .callMethod(jakarta.persistence.EntityManager.class, "createNativeQuery", String.class)
            .because("native SQL bypasses EclipseLink's tenant filter; use JPQL"));
    check(
        noClasses()
            .that()
            .resideOutsideOfPackages("ma.ofppt.cmc.platform..", "ma.ofppt.cmc.launcher..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("javax.sql.DataSource")
            .because("a module reaches the database only through TenantPersistence"));
    check(
        noClasses()
            .that()
            .resideOutsideOfPackages(
                "ma.ofppt.cmc.platform..", "ma.ofppt.cmc.launcher..", "..infrastructure..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("java.sql..")
            .because(
                "set-based SQL belongs in a module's infrastructure, on the tenant-bound"
                    + " TenantConnection that TenantPersistence.withConnection hands out"));
  }

  @Test
  void entitiesAreNeverApiPayloads() {
    DescribedPredicate<JavaClass> entity =
        com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith(
                Entity.class)
            .forSubtype();
    check(
        noFields()
            .that()
            .areDeclaredInClassesThat()
            .resideInAPackage("..api..")
            .should()
            .haveRawType(entity)
            .because("DTOs carry values read from entities, never the entities themselves"));
    check(
        noMethods()
            .that()
            .areDeclaredInClassesThat()
            .areAnnotatedWith(Path.class)
            .should()
            .haveRawReturnType(entity)
            .because("resources return DTOs, never entities"));
  }

  @Test
  void everyEntityEitherCarriesTheTenantOrIsDeclaredShared() {
    check(
        classes()
            .that()
            .areAnnotatedWith(Entity.class)
            .and()
            .areNotAnnotatedWith(SharedReferenceData.class)
            .should()
            .beAssignableTo(TenantScopedEntity.class)
            .because("an entity without the tenant column would be readable by every city"));
  }

  private static void check(ArchRule rule) {
    rule.check(platform);
  }
}
