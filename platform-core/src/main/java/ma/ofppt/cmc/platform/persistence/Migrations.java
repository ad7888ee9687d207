package ma.ofppt.cmc.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Brings the schema up to date at start-up, as the owner role. Each module keeps its own scripts
 * under {@code db/migration/<module>/} with timestamp versions, so modules add migrations without
 * coordinating version numbers. The application role, named by the {@code app_role} placeholder,
 * receives only the grants each script gives it.
 */
@ApplicationScoped
public class Migrations {
  private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

  @Inject
  @ConfigProperty(name = "cmc.db.url")
  String url;

  @Inject
  @ConfigProperty(name = "cmc.db.user")
  String appRole;

  @Inject
  @ConfigProperty(name = "cmc.db.owner.user")
  String ownerUser;

  @Inject
  @ConfigProperty(name = "cmc.db.owner.password")
  Optional<String> ownerPassword;

  private volatile boolean complete;

  public void migrate() {
    PGSimpleDataSource owner = new PGSimpleDataSource();
    owner.setUrl(url);
    owner.setUser(ownerUser);
    ownerPassword.ifPresent(owner::setPassword);
    MigrateResult result =
        Flyway.configure(Migrations.class.getClassLoader())
            .dataSource(owner)
            .locations("classpath:db/migration")
            .placeholders(Map.of("app_role", appRole))
            .validateMigrationNaming(true)
            .load()
            .migrate();
    LOG.info(
        () ->
            "database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
    complete = true;
  }

  /** True once this instance has migrated (or verified) the schema. */
  public boolean isComplete() {
    return complete;
  }
}
