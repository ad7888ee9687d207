package ma.ofppt.cmc.integrations.application;

import ma.ofppt.cmc.platform.tenancy.TenantId;

/** A city as its relay knows it: its tenant and its region, from the registry. */
public record RelayCity(TenantId tenant, String region) {
  public String code() {
    return tenant.value();
  }
}
