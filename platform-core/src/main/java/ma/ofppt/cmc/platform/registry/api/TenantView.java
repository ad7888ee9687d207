package ma.ofppt.cmc.platform.registry.api;

import java.time.Instant;
import ma.ofppt.cmc.platform.api.Name;
import ma.ofppt.cmc.platform.registry.domain.Tenant;

public record TenantView(
    String code,
    String region,
    String legalName,
    Name name,
    Name city,
    int openingWave,
    String firstIntake,
    String status,
    String statusReason,
    Instant statusChangedAt) {

  static TenantView of(Tenant tenant) {
    return new TenantView(
        tenant.id().value(),
        tenant.regionCode(),
        tenant.legalName(),
        Name.of(tenant.name()),
        Name.of(tenant.city()),
        tenant.openingWave(),
        tenant.firstIntake().orElse(null),
        tenant.status().name(),
        tenant.statusReason().orElse(null),
        tenant.statusChangedAt().orElse(null));
  }
}
