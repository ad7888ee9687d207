package ma.ofppt.cmc.boarding.api;

import java.time.LocalDate;
import ma.ofppt.cmc.platform.api.InvalidInputException;

/** ISO dates as they arrive in the API; a bad one is a 400 naming its field. */
final class Dates {
  private Dates() {}

  static LocalDate parse(String value, String field) {
    return InvalidInputException.requireDate(value, field);
  }
}
