package ma.ofppt.cmc.admissions.infrastructure.importing;

import java.util.List;
import java.util.Objects;

/** What became of one data row: an application to import, or the reasons it cannot be. */
public sealed interface RowOutcome permits RowOutcome.Valid, RowOutcome.Invalid {

  /** The row of the file, as the user sees it. */
  long row();

  /** The row reads as an application. */
  record Valid(ApplicationRow application) implements RowOutcome {
    public Valid {
      Objects.requireNonNull(application, "application");
    }

    @Override
    public long row() {
      return application.row();
    }
  }

  /** The row cannot be imported; every field at fault is listed. */
  record Invalid(long row, List<RowError> errors) implements RowOutcome {
    public Invalid {
      errors = List.copyOf(errors);
      if (errors.isEmpty()) {
        throw new IllegalArgumentException("an invalid row names at least one error");
      }
    }
  }
}
