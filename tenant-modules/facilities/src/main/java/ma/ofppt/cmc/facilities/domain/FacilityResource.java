package ma.ofppt.cmc.facilities.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.domain.LocalizedName;
import ma.ofppt.cmc.platform.persistence.TenantScopedEntity;

/**
 * A bookable space of a city: a pedagogical platform of a pole (the pedagogical hotel, the digital
 * factory...) or a shared structure (the fab lab, the conference centre, a sports field). It says
 * how many persons it holds and when it is open; bookings must fit both.
 */
@Entity
@Table(name = "facility_resource")
@Cacheable(false)
public class FacilityResource extends TenantScopedEntity {
  public static final int MAX_CAPACITY = 5000;

  @Column(name = "code", nullable = false, updatable = false)
  private String code;

  @Embedded private LocalizedName name;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private ResourceKind kind;

  @Column(name = "capacity", nullable = false)
  private int capacity;

  // Text, not UUID: EclipseLink 4.0.7 cannot bind a null UUID; the column is uuid and PostgreSQL
  // converts (stringType=unspecified), as for trainee.transferred_from.
  @Column(name = "pole_id")
  private String poleId;

  @Column(name = "opening_hours", nullable = false)
  private String openingHours;

  @Column(name = "active", nullable = false)
  private boolean active;

  // The parsed form of openingHours, and the text it was parsed from: the figures read the hours
  // of every resource for every month of a year (docs/benchmarks.md, profile).
  @jakarta.persistence.Transient private OpeningHours parsedHours;
  @jakarta.persistence.Transient private String parsedFrom;

  protected FacilityResource() {}

  public FacilityResource(String code, ResourceDescription description) {
    super(UUID.randomUUID());
    String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    DomainRuleViolation.require(
        normalised.matches("[A-Z0-9][A-Z0-9-]{0,31}"),
        "code",
        "1 to 32 letters, digits or dashes, starting with a letter or digit");
    this.code = normalised;
    describe(description);
  }

  /** Replaces everything a manager can change; existing bookings stay as they are. */
  public void describe(ResourceDescription d) {
    DomainRuleViolation.require(d.name() != null, "name", "required");
    DomainRuleViolation.require(d.kind() != null, "kind", "required");
    DomainRuleViolation.require(
        d.capacity() >= 1 && d.capacity() <= MAX_CAPACITY,
        "capacity",
        "between 1 and " + MAX_CAPACITY + " persons");
    DomainRuleViolation.require(d.openingHours() != null, "openingHours", "required");
    this.name = d.name();
    this.kind = d.kind();
    this.capacity = d.capacity();
    this.poleId = d.poleId() == null ? null : d.poleId().toString();
    this.openingHours = d.openingHours().format();
    this.active = d.active();
  }

  /**
   * Checks that a booking of {@code attendees} persons over {@code period} fits this resource: it
   * takes bookings, holds that many, and is open the whole time.
   */
  public void admit(Period period, int attendees) {
    DomainRuleViolation.require(active, "resourceId", "this resource takes no bookings (inactive)");
    DomainRuleViolation.require(
        attendees >= 1 && attendees <= capacity,
        "attendees",
        "between 1 and the resource's capacity (" + capacity + ")");
    DomainRuleViolation.require(
        openingHours().covers(period),
        "period",
        "the resource is not open the whole time (opening hours, local time "
            + OpeningHours.ZONE
            + ": "
            + openingHours
            + ")");
  }

  public String code() {
    return code;
  }

  public LocalizedName name() {
    return name;
  }

  public ResourceKind kind() {
    return kind;
  }

  public int capacity() {
    return capacity;
  }

  public Optional<UUID> poleId() {
    return Optional.ofNullable(poleId).map(UUID::fromString);
  }

  public OpeningHours openingHours() {
    if (parsedHours == null || !openingHours.equals(parsedFrom)) {
      parsedHours = OpeningHours.parse(openingHours);
      parsedFrom = openingHours;
    }
    return parsedHours;
  }

  public boolean active() {
    return active;
  }
}
