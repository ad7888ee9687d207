package ma.ofppt.cmc.admissions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ma.ofppt.cmc.platform.consolidation.Outbox;

/**
 * Tells the city's relay, in the transaction of a change, which figures the change moved (the
 * outbox keeps one message per source and transaction, however often it is told).
 */
@ApplicationScoped
public class AdmissionsFiguresChanged {
  @Inject Outbox outbox;

  /** Applications, wishes, offers: only admissions' own figures move. */
  void admissions() {
    outbox.figuresChanged(AdmissionFigureSource.NAME);
  }

  /**
   * A trainee record was created or changed status (enrolment, suspension, dropout, graduation,
   * transfer). Besides admissions' {@code enrolled}, other modules count trainee records through
   * the published {@code TraineeRecords} (boarding's trainees in training, careers' graduates);
   * admissions does not know them, so every figure source of the city is recomputed.
   */
  void traineeRecords() {
    outbox.figuresChanged(Outbox.ALL_SOURCES);
  }
}
