package ma.ofppt.cmc.admissions.infrastructure.importing;

import java.io.IOException;
import java.util.List;

/**
 * The file cannot be imported at all, or not past a given row: malformed CSV, an unsafe or corrupt
 * workbook, a header that lacks required columns. Carries the errors in the same (row, field,
 * reason) form as the row-level report, so that the caller can answer with one kind of list.
 *
 * <p>Rows that were read before the failure have already been handed out; an importer that wants
 * "nothing half-imported" reads the whole file before committing anything (or stages the rows).
 */
public class TabularFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  private final List<RowError> errors;

  public TabularFormatException(List<RowError> errors) {
    super(summary(errors));
    this.errors = List.copyOf(errors);
  }

  public TabularFormatException(RowError error, Throwable cause) {
    super(summary(List.of(error)), cause);
    this.errors = List.of(error);
  }

  /** A failure of the file at {@code row}, naming {@link RowError#FILE} or another field. */
  public static TabularFormatException at(long row, String field, String reason) {
    return new TabularFormatException(List.of(new RowError(row, field, reason)));
  }

  /** The errors, at least one, in file order. */
  public List<RowError> errors() {
    return errors;
  }

  private static String summary(List<RowError> errors) {
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("a format failure names at least one error");
    }
    String first = errors.get(0).toString();
    return errors.size() == 1 ? first : first + " (and " + (errors.size() - 1) + " more)";
  }
}
