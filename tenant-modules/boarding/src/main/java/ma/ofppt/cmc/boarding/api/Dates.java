package ma.ofppt.cmc.boarding.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import ma.ofppt.cmc.platform.api.InvalidInputException;

/** ISO dates as they arrive in the API; a bad one is a 400 naming its field. */
final class Dates {
  private Dates() {}

  static LocalDate parse(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, "required, as an ISO date (2035-09-01)");
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "not an ISO date (2035-09-01): " + value);
    }
  }
}
