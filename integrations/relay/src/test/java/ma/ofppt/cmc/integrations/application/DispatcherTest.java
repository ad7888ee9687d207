package ma.ofppt.cmc.integrations.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DispatcherTest {
  @Test
  void aDatabaseThatIsAwayIsToldFromAMessageThatFails() {
    assertTrue(
        Dispatcher.databaseUnavailable(
            new PersistenceException(new SQLException("refused", "08001"))));
    assertTrue(
        Dispatcher.databaseUnavailable(
            new RuntimeException(new SQLException("terminating connection", "57P01"))));
    assertTrue(
        Dispatcher.databaseUnavailable(
            new IllegalStateException(new SQLTransientConnectionException("pool"))));
    assertFalse(
        Dispatcher.databaseUnavailable(
            new PersistenceException(new SQLException("duplicate key", "23505"))));
    assertFalse(Dispatcher.databaseUnavailable(new IllegalArgumentException("bad payload")));
  }

  @Test
  void describeNamesTheRootCause() {
    String text =
        Dispatcher.describe(new PersistenceException("wrapped", new SQLException("the root")));
    assertTrue(text.contains("PersistenceException") && text.contains("the root"), text);
  }
}
