package ma.ofppt.cmc.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import ma.ofppt.cmc.platform.persistence.Migrations;
import ma.ofppt.cmc.platform.registry.application.TenantRegistry;
import ma.ofppt.cmc.platform.registry.domain.Tenant;
import ma.ofppt.cmc.platform.security.IdentityProviderCheck;
import ma.ofppt.cmc.platform.tenancy.DemoDataContributor;
import ma.ofppt.cmc.platform.tenancy.PlatformReady;
import ma.ofppt.cmc.platform.tenancy.TenantWork;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Start-up, in order: check that tokens can be verified, migrate the schema as the owner role (a
 * failure stops the deployment rather than serving a half-migrated database), then, when {@code
 * cmc.demo.data} is true, give each city its demo data through the same tenant binding as any
 * request; then tell the rest of the platform ({@link PlatformReady}).
 */
@ApplicationScoped
public class PlatformStartup {
  private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

  @Inject IdentityProviderCheck identityProvider;
  @Inject Migrations migrations;
  @Inject TenantRegistry registry;
  @Inject TenantWork work;
  @Inject @Any Instance<DemoDataContributor> contributors;
  @Inject Event<PlatformReady> ready;

  @Inject
  @ConfigProperty(name = "cmc.demo.data", defaultValue = "false")
  boolean demoData;

  // A request context of its own, so that platform-level reads can run before any request.
  @ActivateRequestContext
  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    identityProvider.verify();
    migrations.migrate();
    if (demoData) {
      loadDemoData();
    }
    ready.fire(new PlatformReady());
  }

  private void loadDemoData() {
    long started = System.nanoTime();
    List<DemoDataContributor> ordered =
        contributors.stream().sorted(Comparator.comparingInt(DemoDataContributor::order)).toList();
    List<Tenant> cities = registry.all();
    for (Tenant city : cities) {
      work.runAs(
          city.id(), () -> ordered.forEach(contributor -> contributor.contribute(city.id())));
    }
    LOG.info(
        () ->
            "demo data ready for "
                + cities.size()
                + " cities in "
                + (System.nanoTime() - started) / 1_000_000
                + " ms");
  }
}
