package ma.ofppt.cmc.finance.api;

import ma.ofppt.cmc.platform.api.InvalidInputException;

/** Query parameters of the finance endpoints, read as text so that a bad one is a 400 naming it. */
final class Params {
  private Params() {}

  /** An optional fiscal year, 2000 to 2100 as the budget lines allow. */
  static Integer fiscalYear(String value) {
    Integer year = InvalidInputException.parseInteger(value, "fiscalYear");
    if (year != null && (year < 2000 || year > 2100)) {
      throw new InvalidInputException("fiscalYear", "must be between 2000 and 2100");
    }
    return year;
  }
}
