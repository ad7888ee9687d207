package ma.ofppt.cmc.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import ma.ofppt.cmc.platform.persistence.Migrations;
import ma.ofppt.cmc.platform.persistence.Persistence;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers as the application role and the schema is migrated. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
  @Resource(lookup = Persistence.DATA_SOURCE)
  DataSource dataSource;

  @Inject Migrations migrations;

  @Override
  public HealthCheckResponse call() {
    var response =
        HealthCheckResponse.named("database").withData("migrated", migrations.isComplete());
    try (Connection connection = dataSource.getConnection()) {
      boolean reachable = connection.isValid(2);
      response.withData("reachable", reachable);
      return response.status(reachable && migrations.isComplete()).build();
    } catch (SQLException e) {
      return response.withData("reachable", false).withData("error", e.getMessage()).down().build();
    }
  }
}
