package ma.ofppt.cmc.platform.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/** Tells a database that is away from a statement that failed for its own reasons. */
public final class DatabaseFailures {
  private DatabaseFailures() {}

  /**
   * True when the failure is the database being away (connection refused or lost, server shutting
   * down or starting): SQL states of class 08 and 57P01..57P03, or the driver's connection
   * exceptions, anywhere in the causes.
   */
  public static boolean isUnavailable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLRecoverableException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("08") || state.matches("57P0[123]")) {
          return true;
        }
      }
    }
    return false;
  }
}
