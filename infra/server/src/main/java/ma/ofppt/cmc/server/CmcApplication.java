package ma.ofppt.cmc.server;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import ma.ofppt.cmc.platform.security.Roles;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The platform's REST API under {@code /api}. Application-scoped because bean discovery is
 * "annotated" and MicroProfile JWT must see the application as a bean. The data source is the
 * application role's pool; its settings come from MicroProfile Config ({@code CMC_DB_URL}, {@code
 * CMC_DB_USER}, {@code CMC_DB_PASSWORD}).
 */
@ApplicationPath("/api")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({
  Roles.CITY_DIRECTOR,
  Roles.ADMISSIONS_OFFICER,
  Roles.REGISTRAR,
  Roles.FINANCE_OFFICER,
  Roles.CAMPUS_MANAGER,
  Roles.CAREER_ADVISOR,
  Roles.TRAINER,
  Roles.HQ_ANALYST,
  Roles.REGION_AUDITOR,
  Roles.PLATFORM_ADMIN
})
@DataSourceDefinition(
    name = "java:global/jdbc/cmc",
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=cmc.db.url}",
    user = "${MPCONFIG=cmc.db.user}",
    password = "${MPCONFIG=cmc.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
      "fish.payara.log-jdbc-calls=false",
      // EclipseLink binds a null UUID as VARCHAR; "unspecified" lets PostgreSQL infer the type.
      "stringType=unspecified"
    })
@OpenAPIDefinition(
    info =
        @Info(
            title = "cmc-platform",
            version = "v1",
            description =
                "The platform of the 12 Cités des Métiers et des Compétences. Authenticate with a"
                    + " bearer token; a city token's 'tenant' claim decides the city, nothing else does."))
public class CmcApplication extends Application {}
