package ma.ofppt.cmc.facilities.domain;

import java.util.Optional;
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;

/**
 * Who a booking is for: a training group of the city (by id, its code kept as the reference), or a
 * trainer, an incubator project or a partner organisation named by a reference text.
 */
public record Booker(BookerKind kind, Optional<UUID> groupId, String reference) {
  public Booker {
    DomainRuleViolation.require(kind != null, "bookerKind", "required");
    DomainRuleViolation.require(
        (kind == BookerKind.GROUP) == groupId.isPresent(),
        "groupId",
        kind == BookerKind.GROUP
            ? "a group booking names the training group"
            : "only a group booking names a training group");
    reference = Booking.text("bookerReference", reference, Booking.MAX_REFERENCE);
  }

  public static Booker group(UUID groupId, String groupCode) {
    return new Booker(BookerKind.GROUP, Optional.of(groupId), groupCode);
  }

  public static Booker named(BookerKind kind, String reference) {
    return new Booker(kind, Optional.empty(), reference);
  }
}
