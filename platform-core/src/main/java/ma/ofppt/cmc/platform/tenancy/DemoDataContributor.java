package ma.ofppt.cmc.platform.tenancy;

/**
 * A module's share of the demo data set. Called once per city, inside that city's transaction
 * (bound through {@link TenantWork}); it must be idempotent, because the embedded platform loads
 * demo data at every start and keeps what is already there.
 */
public interface DemoDataContributor {
  /** Order among contributors: lower runs first (a module's data may build on another's). */
  default int order() {
    return 100;
  }

  void contribute(TenantId city);
}
