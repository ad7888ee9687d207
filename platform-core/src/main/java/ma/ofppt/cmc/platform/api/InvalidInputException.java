package ma.ofppt.cmc.platform.api;

/**
 * A query parameter or body field that cannot be understood (not a UUID, not one of an enum's
 * values): a 400 that names it and, for enums, lists what is accepted.
 */
public class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String field;

  public InvalidInputException(String parameter, String message) {
    super(message);
    this.field = parameter;
  }

  public String field() {
    return field;
  }

  /** Parses an optional enum parameter, naming the accepted values when it is wrong. */
  public static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String parameter) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          parameter, "use one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }

  public static java.util.UUID parseUuid(String value, String parameter) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return java.util.UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(parameter, "not a UUID");
    }
  }

  /** Parses an optional whole number; null when absent, a 400 naming it when not a number. */
  public static Integer parseInteger(String value, String parameter) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(parameter, "not a whole number: " + value);
    }
  }

  /** Parses an optional ISO date (2026-07-15); null when absent, a 400 naming it when wrong. */
  public static java.time.LocalDate parseDate(String value, String parameter) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return java.time.LocalDate.parse(value.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidInputException(parameter, "not an ISO date such as 2026-07-15: " + value);
    }
  }

  /** As {@link #parseDate}, for a date that must be given. */
  public static java.time.LocalDate requireDate(String value, String parameter) {
    java.time.LocalDate date = parseDate(value, parameter);
    if (date == null) {
      throw new InvalidInputException(parameter, "required, an ISO date such as 2026-07-15");
    }
    return date;
  }
}
