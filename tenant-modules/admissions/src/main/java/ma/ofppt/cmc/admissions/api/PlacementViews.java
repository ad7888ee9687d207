package ma.ofppt.cmc.admissions.api;

import java.time.Instant;
import java.util.UUID;
import ma.ofppt.cmc.admissions.domain.Offer;
import ma.ofppt.cmc.admissions.domain.SeatPool;
import ma.ofppt.cmc.admissions.domain.Trainee;
import ma.ofppt.cmc.admissions.domain.TrainingGroup;

/** The views of offers, seats and trainees. */
public final class PlacementViews {
  private PlacementViews() {}

  public record OfferView(
      UUID id,
      UUID applicationId,
      UUID programmeId,
      String academicYear,
      String status,
      Instant offeredAt,
      Instant expiresAt,
      Instant decidedAt,
      String decisionNote,
      long version) {
    static OfferView of(Offer o) {
      return new OfferView(
          o.id(),
          o.applicationId(),
          o.programmeId(),
          o.academicYear(),
          o.status().name(),
          o.offeredAt(),
          o.expiresAt(),
          o.decidedAt().orElse(null),
          o.decisionNote().orElse(null),
          o.version());
    }
  }

  public record SeatsView(UUID programmeId, String academicYear, int capacity, int held, int free) {
    static SeatsView of(SeatPool p) {
      return new SeatsView(p.programmeId(), p.academicYear(), p.capacity(), p.held(), p.free());
    }
  }

  public record TraineeView(
      UUID id,
      UUID applicantId,
      UUID applicationId,
      UUID programmeId,
      String academicYear,
      UUID groupId,
      String groupCode,
      String status,
      String statusReason,
      Instant enrolledAt,
      UUID transferredFrom,
      java.time.LocalDate graduatedOn,
      long version) {
    static TraineeView of(Trainee t, TrainingGroup group) {
      return new TraineeView(
          t.id(),
          t.applicantId(),
          t.applicationId(),
          t.programmeId(),
          t.academicYear(),
          t.groupId(),
          group == null ? null : group.code(),
          t.status().name(),
          t.statusReason().orElse(null),
          t.enrolledAt(),
          t.transferredFrom().orElse(null),
          t.graduatedOn().orElse(null),
          t.version());
    }
  }
}
