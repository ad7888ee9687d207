package ma.ofppt.cmc.hq.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import ma.ofppt.cmc.hq.domain.Dimension;
import ma.ofppt.cmc.hq.domain.Period;
import ma.ofppt.cmc.platform.api.InvalidInputException;

/**
 * Reads the query and path parameters of HQ's API; anything it cannot understand is a 400 that
 * names the parameter. A multi-valued parameter may be repeated or comma-separated.
 */
final class Params {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,62}");
  private static final int MAX_VALUES = 100;
  private static final int MAX_LENGTH = 100;

  private Params() {}

  /** The values of a repeated or comma-separated parameter, without blanks, in order. */
  static Set<String> values(List<String> raw, String parameter) {
    Set<String> values = new LinkedHashSet<>();
    if (raw != null) {
      for (String item : raw) {
        for (String value : item.split(",", -1)) {
          String v = value.strip();
          if (v.isEmpty()) {
            continue;
          }
          if (v.length() > MAX_LENGTH) {
            throw new InvalidInputException(parameter, "a value is longer than " + MAX_LENGTH);
          }
          values.add(v);
        }
      }
    }
    if (values.size() > MAX_VALUES) {
      throw new InvalidInputException(parameter, "more than " + MAX_VALUES + " values");
    }
    return values;
  }

  /** As {@link #values}, each a lower-case code or name such as {@code fes-meknes}. */
  static Set<String> names(List<String> raw, String parameter) {
    Set<String> values = values(raw, parameter);
    for (String v : values) {
      if (!NAME.matcher(v).matches()) {
        throw new InvalidInputException(parameter, "not a lower-case code: " + v);
      }
    }
    return values;
  }

  static Set<String> periods(List<String> raw, String parameter) {
    Set<String> values = values(raw, parameter);
    for (String v : values) {
      period(v, parameter);
    }
    return values;
  }

  static Period period(String value, String parameter) {
    if (value == null || !Period.isValid(value.strip())) {
      throw new InvalidInputException(
          parameter, "use intake:YYYY-YYYY (an academic year) or fiscal:YYYY, not " + value);
    }
    return new Period(value.strip());
  }

  static Period optionalPeriod(String value, String parameter) {
    return value == null || value.isBlank() ? null : period(value, parameter);
  }

  /**
   * The dimensions to group by: absent is {@code city,period}; {@code none} is the national total.
   */
  static List<Dimension> groupBy(List<String> raw) {
    Set<String> names = values(raw, "groupBy");
    if (names.isEmpty()) {
      return List.of(Dimension.CITY, Dimension.PERIOD);
    }
    if (names.equals(Set.of("none"))) {
      return List.of();
    }
    List<Dimension> dimensions = new ArrayList<>();
    for (String name : names) {
      dimensions.add(
          Dimension.byName(name)
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "groupBy",
                          "'"
                              + name
                              + "' is not one of "
                              + Arrays.stream(Dimension.values()).map(Dimension::apiName).toList()
                              + " (or none)")));
    }
    return dimensions;
  }

  /** {@code csv} or {@code xlsx}. */
  static Exports.Format format(String value) {
    if ("csv".equals(value)) {
      return Exports.Format.CSV;
    }
    if ("xlsx".equals(value)) {
      return Exports.Format.XLSX;
    }
    throw new InvalidInputException("format", "use .csv or .xlsx, not ." + value);
  }
}
