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

  /**
   * Names the person a background job works for (an import they started), so that the audit trail
   * says who; only for work with no token of its own.
   */
  public void actFor(String person) {
    if (!"system".equals(name)) {
      throw new IllegalStateException("this unit of work already acts for " + name);
    }
    this.name = person + " (background)";
  }

  /** True while no token and no person has been named for this unit of work. */
  public boolean isSystem() {
    return "system".equals(name);
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
