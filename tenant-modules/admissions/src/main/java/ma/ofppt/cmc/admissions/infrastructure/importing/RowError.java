package ma.ofppt.cmc.admissions.infrastructure.importing;

import java.io.Serializable;
import java.util.Objects;

/**
 * One line of an import's error report: which row of the file, which field (in the spelling of the
 * application API's request body, e.g. {@code applicant.birthDate}, {@code
 * wishes[1].programmeCode}) and why, in a short English sentence.
 *
 * @param row the row number as the user sees it in the file (the header is usually row 1); 0 when
 *     the error concerns the file as a whole (not a workbook, too large)
 * @param field the API field at fault, or {@link #CELLS} when the row's shape is wrong, or {@link
 *     #FILE} when the file cannot be read past this row
 */
public record RowError(long row, String field, String reason) implements Serializable {
  /** The field named when the file itself cannot be read (malformed, too large, unsafe). */
  public static final String FILE = "file";

  /** The field named when a row has the wrong number of cells for the header. */
  public static final String CELLS = "cells";

  public RowError {
    if (row < 0) {
      throw new IllegalArgumentException("row must not be negative: " + row);
    }
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return "row " + row + ", " + field + ": " + reason;
  }
}
