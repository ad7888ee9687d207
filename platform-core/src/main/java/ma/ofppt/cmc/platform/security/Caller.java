package ma.ofppt.cmc.platform.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.Set;

/** Who is calling, as established from the verified token for this request. */
@RequestScoped
public class Caller {
  private String name = "system";
  private String region;
  private Set<String> roles = Set.of();

  void establish(String name, String region, Set<String> roles) {
    this.name = name;
    this.region = region;
    this.roles = Set.copyOf(roles);
  }

  /** The principal name, or {@code system} for work that no person started. */
  public String name() {
    return name;
  }

  /** The region an auditor token is scoped to. */
  public Optional<String> region() {
    return Optional.ofNullable(region);
  }

  public Set<String> roles() {
    return roles;
  }
}
