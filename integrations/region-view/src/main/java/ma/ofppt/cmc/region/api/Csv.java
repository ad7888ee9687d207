package ma.ofppt.cmc.region.api;

import java.util.List;

/** RFC 4180 text: comma-separated, CRLF line ends, a field quoted when it needs to be. */
final class Csv {
  private final StringBuilder text = new StringBuilder();

  Csv row(List<?> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        text.append(',');
      }
      text.append(field(fields.get(i)));
    }
    text.append("\r\n");
    return this;
  }

  static String field(Object value) {
    if (value == null) {
      return "";
    }
    String s = value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
    if (s.indexOf(',') >= 0
        || s.indexOf('"') >= 0
        || s.indexOf('\n') >= 0
        || s.indexOf('\r') >= 0
        || (!s.isEmpty() && (s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' '))) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
