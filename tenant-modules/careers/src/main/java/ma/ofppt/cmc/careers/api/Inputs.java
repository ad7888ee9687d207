package ma.ofppt.cmc.careers.api;

import java.time.LocalDate;
import ma.ofppt.cmc.platform.api.InvalidInputException;

/** Reads dates and enums from request strings; a wrong one is a 400 naming its field. */
final class Inputs {
  private Inputs() {}

  /** An ISO date, or null when absent. */
  static LocalDate date(String value, String field) {
    return InvalidInputException.parseDate(value, field);
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
