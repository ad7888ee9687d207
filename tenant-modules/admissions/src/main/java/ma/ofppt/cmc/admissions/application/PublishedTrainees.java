package ma.ofppt.cmc.admissions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import ma.ofppt.cmc.admissions.domain.Admissions;
import ma.ofppt.cmc.admissions.domain.Applicant;
import ma.ofppt.cmc.admissions.domain.Placements;
import ma.ofppt.cmc.admissions.domain.Trainee;
import ma.ofppt.cmc.admissions.domain.TraineeStatus;
import ma.ofppt.cmc.admissions.domain.TrainingGroup;
import ma.ofppt.cmc.platform.trainees.TraineeRecords;

/** The city's trainees and groups as other modules may see them (see {@link TraineeRecords}). */
@ApplicationScoped
public class PublishedTrainees implements TraineeRecords {
  @Inject Placements placements;
  @Inject Admissions admissions;

  @Override
  @Transactional
  public Optional<TraineeRecord> trainee(UUID traineeId) {
    return placements
        .trainee(traineeId)
        .flatMap(t -> admissions.applicant(t.applicantId()).map(a -> record(t, a)));
  }

  @Override
  @Transactional
  public List<TraineeRecord> traineesOf(String academicYear) {
    // The trainees' applicants only, not every applicant of the intake (four times as many).
    List<Trainee> trainees =
        placements.trainees(academicYear, null, null, 0, Integer.MAX_VALUE).stream()
            .filter(t -> t.status() != TraineeStatus.TRANSFERRED)
            .toList();
    Map<UUID, Applicant> applicants =
        admissions.applicants(trainees.stream().map(Trainee::applicantId).toList());
    return trainees.stream().map(t -> record(t, applicants.get(t.applicantId()))).toList();
  }

  @Override
  @Transactional
  public List<TraineeCount> countsOf(Collection<String> academicYears) {
    return academicYears.isEmpty() ? List.of() : placements.traineeCounts(academicYears);
  }

  @Override
  @Transactional
  public Optional<GroupRecord> group(UUID groupId) {
    return placements.group(groupId).map(PublishedTrainees::record);
  }

  @Override
  @Transactional
  public List<GroupRecord> groupsOf(String academicYear) {
    return placements.groupsOf(academicYear).stream().map(PublishedTrainees::record).toList();
  }

  private static TraineeRecord record(Trainee t, Applicant a) {
    return new TraineeRecord(
        t.id(),
        t.programmeId(),
        t.academicYear(),
        t.groupId(),
        t.status().name(),
        a.name().firstFr(),
        a.name().lastFr(),
        a.name().firstAr(),
        a.name().lastAr(),
        a.sex().name(),
        a.province(),
        a.livesInRemoteArea(),
        a.hasDisability(),
        t.graduatedOn());
  }

  private static GroupRecord record(TrainingGroup g) {
    return new GroupRecord(
        g.id(), g.programmeId(), g.academicYear(), g.code(), g.capacity(), g.size());
  }
}
