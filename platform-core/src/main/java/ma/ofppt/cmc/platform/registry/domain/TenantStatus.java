package ma.ofppt.cmc.platform.registry.domain;

/** Whether a city's tokens are honoured. A suspended city keeps its data but cannot sign in. */
public enum TenantStatus {
  ACTIVE,
  SUSPENDED
}
