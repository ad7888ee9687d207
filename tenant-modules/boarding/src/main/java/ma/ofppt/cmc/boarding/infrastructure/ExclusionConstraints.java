package ma.ofppt.cmc.boarding.infrastructure;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import ma.ofppt.cmc.platform.domain.ConflictException;

/**
 * Turns the database's refusal of an overlapping period (SQLState 23P01, an exclusion constraint)
 * into a conflict that names the field, for the writes the services flush through {@link
 * ma.ofppt.cmc.boarding.domain.BoardingHouse#flush(String, String)}. The platform maps a bare 23P01
 * to a generic 409; here the caller learns which field to change.
 */
final class ExclusionConstraints {
  static final String EXCLUSION_VIOLATION = "23P01";

  private ExclusionConstraints() {}

  static void flushOrConflict(Runnable flush, String field, String message) {
    try {
      flush.run();
    } catch (PersistenceException e) {
      if (isExclusionViolation(e)) {
        throw new ConflictException(field, message);
      }
      throw e;
    }
  }

  static boolean isExclusionViolation(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql) {
        for (SQLException s = sql; s != null; s = s.getNextException()) {
          if (EXCLUSION_VIOLATION.equals(s.getSQLState())) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
