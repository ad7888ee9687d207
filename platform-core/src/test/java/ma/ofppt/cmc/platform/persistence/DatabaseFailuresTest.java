package ma.ofppt.cmc.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {
  @Test
  void aDatabaseThatIsAwayIsToldFromAMessageThatFails() {
    assertTrue(
        DatabaseFailures.isUnavailable(
            new PersistenceException(new SQLException("refused", "08001"))));
    assertTrue(
        DatabaseFailures.isUnavailable(
            new RuntimeException(new SQLException("terminating connection", "57P01"))));
    assertTrue(
        DatabaseFailures.isUnavailable(
            new IllegalStateException(new SQLTransientConnectionException("pool"))));
    assertFalse(
        DatabaseFailures.isUnavailable(
            new PersistenceException(new SQLException("duplicate key", "23505"))));
    assertFalse(DatabaseFailures.isUnavailable(new IllegalArgumentException("bad payload")));
  }
}
