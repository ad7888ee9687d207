package ma.ofppt.cmc.admissions.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ma.ofppt.cmc.admissions.domain.Application;
import ma.ofppt.cmc.admissions.domain.Offer;
import ma.ofppt.cmc.admissions.domain.Wish;
import ma.ofppt.cmc.platform.offer.OfferedProgrammes.OfferedProgramme;

/**
 * An applicant's outcome, wish by wish, in numbers and in one sentence each: eligible or why not,
 * rank among the candidates, score, what decided a tie, and the result (a seat, a waitlist place,
 * not needed because a preferred wish won a seat, or not admitted).
 */
public record ExplanationView(
    UUID applicationId,
    String status,
    String lotterySeed,
    OfferPart currentOffer,
    List<WishPart> wishes) {

  public record OfferPart(UUID offerId, String programmeCode, String status, Instant expiresAt) {}

  public record WishPart(
      int preference,
      String programmeCode,
      boolean eligible,
      String ineligibility,
      Integer rank,
      Integer rankedAmong,
      BigDecimal score,
      String decidedBy,
      String outcome,
      Integer waitlistPosition,
      String explanation) {}

  static ExplanationView of(
      Application a, Map<UUID, OfferedProgramme> programmes, String seed, Offer offer) {
    List<WishPart> wishes =
        a.wishes().stream().map(w -> part(w, programmes.get(w.programmeId()))).toList();
    OfferPart current =
        offer == null
            ? null
            : new OfferPart(
                offer.id(),
                programmes.containsKey(offer.programmeId())
                    ? programmes.get(offer.programmeId()).code()
                    : null,
                offer.status().name(),
                offer.expiresAt());
    return new ExplanationView(a.id(), a.status().name(), seed, current, wishes);
  }

  private static WishPart part(Wish w, OfferedProgramme programme) {
    String code = programme == null ? null : programme.code();
    return new WishPart(
        w.preference(),
        code,
        w.isEligible(),
        w.ineligibility().orElse(null),
        w.rank().orElse(null),
        w.rankedAmong().orElse(null),
        w.score().orElse(null),
        w.decidedBy().orElse(null),
        w.outcome().map(Enum::name).orElse(null),
        w.waitlistPosition().orElse(null),
        sentence(w));
  }

  private static String sentence(Wish w) {
    if (!w.isEligible()) {
      return "Not eligible: " + w.ineligibility().orElse("") + ".";
    }
    if (w.outcome().isEmpty()) {
      return "Eligible; selection has not run yet.";
    }
    String ranked =
        w.rank()
            .map(
                r ->
                    "Ranked "
                        + r
                        + " of "
                        + w.rankedAmong().orElse(0)
                        + " with a score of "
                        + w.score().orElse(null)
                        + " ("
                        + w.decidedBy().orElse("")
                        + ")")
            .orElse("Not ranked");
    return switch (w.outcome().get()) {
      case ADMITTED -> ranked + ": a seat was offered.";
      case WAITLISTED ->
          ranked
              + ": every seat went to candidates ranked higher; waitlist place "
              + w.waitlistPosition().orElse(0)
              + ".";
      case NOT_CONSIDERED -> ranked + ": not needed, a seat was offered for a preferred wish.";
      case NOT_ADMITTED -> ranked + ": not admitted.";
    };
  }
}
