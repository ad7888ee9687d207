package ma.ofppt.cmc.careers.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import ma.ofppt.cmc.platform.api.InvalidInputException;

/** Reads dates and enums from request strings; a wrong one is a 400 naming its field. */
final class Inputs {
  private Inputs() {}

  /** An ISO date, or null when absent. */
  static LocalDate date(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "an ISO date, e.g. 2026-07-15");
    }
  }

  static <E extends Enum<E>> E required(Class<E> type, String value, String field) {
    E parsed = InvalidInputException.parseEnum(type, value, field);
    if (parsed == null) {
      throw new InvalidInputException(
          field, "required: one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
    return parsed;
  }
}
