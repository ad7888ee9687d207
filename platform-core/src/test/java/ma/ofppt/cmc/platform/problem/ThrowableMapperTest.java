package ma.ofppt.cmc.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.JsonbException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.domain.NotFoundException;
import org.junit.jupiter.api.Test;

/** Failures are classified by the first meaningful cause, however deeply they are wrapped. */
class ThrowableMapperTest {
  private final ThrowableMapper mapper = new ThrowableMapper();

  @Test
  void aCommitTimeUniqueViolationIsAConflict() {
    RollbackException rollback = new RollbackException("marked for rollback");
    rollback.initCause(
        new IllegalStateException("flush", new SQLException("duplicate key", "23505")));
    Problem problem = mapper.classify(new TransactionalException("commit failed", rollback));
    assertEquals(409, problem.status());
    assertEquals(ProblemType.CONFLICT, problem.type());
  }

  @Test
  void anOverlapRefusedByAnExclusionConstraintIsAConflict() {
    Problem problem =
        mapper.classify(
            new IllegalStateException(new SQLException("conflicting key value", "23P01")));
    assertEquals(409, problem.status());
    assertEquals(ProblemType.CONFLICT, problem.type());
  }

  @Test
  void aDeadlockIsAConflictToRetry() {
    Problem problem =
        mapper.classify(new IllegalStateException(new SQLException("deadlock detected", "40P01")));
    assertEquals(409, problem.status());
    assertEquals(ProblemType.CONFLICT, problem.type());
  }

  @Test
  void domainViolationsNameTheirField() {
    Problem problem =
        mapper.classify(new RuntimeException(new DomainRuleViolation("targetAgeMax", "15 to 30")));
    assertEquals(422, problem.status());
    assertEquals("targetAgeMax", problem.errors().get(0).field());
  }

  @Test
  void jsonTypeErrorsNameTheProperty() {
    Problem problem =
        mapper.classify(
            new JsonbException(
                "Unable to deserialize property 'durationMonths' because of: Error"));
    assertEquals(400, problem.status());
    assertEquals("durationMonths", problem.errors().get(0).field());
  }

  @Test
  void unknownFailuresAre500WithAnIncidentIdAndNoInternals() {
    assertEquals(404, mapper.classify(new NotFoundException("programme", "x")).status());
    Problem problem = mapper.classify(new IllegalStateException("secret internals"));
    assertEquals(500, problem.status());
    assertEquals(false, problem.detail().contains("secret"));
  }
}
