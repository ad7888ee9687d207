package ma.ofppt.cmc.admissions.infrastructure.importing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The header row of an imported file: the column labels as written, and their normalised names by
 * which a mapper finds a column whatever the spelling ("Date de naissance", "date_naissance",
 * "DATE-NAISSANCE" and "Date de Naissance" all read {@code date_de_naissance} or {@code
 * date_naissance}; an alias table lists the spellings it accepts).
 *
 * <p>Columns whose label is blank keep their place but have no name; trailing blank labels (a
 * trailing separator, formatted but empty spreadsheet columns) do not count in the {@link
 * #width()}.
 */
public final class Header {
  private final long rowNumber;
  private final List<String> labels;
  private final List<String> names;
  private final Map<String, Integer> index;

  private Header(long rowNumber, List<String> labels, List<String> names) {
    this.rowNumber = rowNumber;
    this.labels = labels;
    this.names = names;
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      if (!names.get(i).isEmpty()) {
        byName.put(names.get(i), i);
      }
    }
    this.index = byName;
  }

  /**
   * Reads a header row; refuses one without any label, and one where two labels normalise to the
   * same name (the mapper could not tell which one is meant).
   */
  static Header of(long rowNumber, List<String> rawLabels) throws TabularFormatException {
    int width = rawLabels.size();
    while (width > 0 && normalise(rawLabels.get(width - 1)).isEmpty()) {
      width--;
    }
    if (width == 0) {
      throw TabularFormatException.at(rowNumber, RowError.FILE, "the header row is empty");
    }
    List<String> labels = new ArrayList<>(width);
    List<String> names = new ArrayList<>(width);
    Map<String, Integer> seen = new HashMap<>();
    List<RowError> duplicates = new ArrayList<>();
    for (int i = 0; i < width; i++) {
      String label = rawLabels.get(i) == null ? "" : rawLabels.get(i).strip();
      String name = normalise(label);
      Integer previous = name.isEmpty() ? null : seen.putIfAbsent(name, i);
      if (previous != null) {
        duplicates.add(
            new RowError(
                rowNumber,
                RowError.FILE,
                "columns "
                    + (previous + 1)
                    + " and "
                    + (i + 1)
                    + " have the same header '"
                    + label
                    + "'"));
      }
      labels.add(label);
      names.add(name);
    }
    if (!duplicates.isEmpty()) {
      throw new TabularFormatException(duplicates);
    }
    return new Header(rowNumber, Collections.unmodifiableList(labels), List.copyOf(names));
  }

  /**
   * The comparable form of a label or of a short coded value: accents and Arabic diacritics
   * stripped (so "é" reads "e" and "إ" reads "ا"), ligatures spelled out, lower case, digits in
   * ASCII, every run of other characters (spaces, underscores, dashes, dots, apostrophes,
   * parentheses) one underscore, none at either end. "Prénom (FR)" reads {@code prenom_fr}, "Vœu
   * n°1" reads {@code voeu_n_1}, "الإقليم" reads {@code الاقليم}.
   */
  public static String normalise(String label) {
    if (label == null || label.isEmpty()) {
      return "";
    }
    String decomposed = Normalizer.normalize(label, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean pendingGap = false;
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK
          || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK
          || cp == 0x0640 // Arabic tatweel, a stretching stroke with no meaning
          || type == Character.FORMAT) {
        continue;
      }
      if (Character.isLetter(cp) || Character.isDigit(cp)) {
        if (pendingGap && out.length() > 0) {
          out.append('_');
        }
        pendingGap = false;
        appendFolded(out, cp);
      } else {
        pendingGap = true;
      }
    }
    return out.toString();
  }

  private static void appendFolded(StringBuilder out, int cp) {
    if (Character.isDigit(cp)) {
      out.append((char) ('0' + Character.digit(cp, 10)));
      return;
    }
    switch (cp) {
      case 'œ', 'Œ' -> out.append("oe");
      case 'æ', 'Æ' -> out.append("ae");
      case 'ß' -> out.append("ss");
      default -> out.append(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT));
    }
  }

  /** The row of the file that holds the header, as the user sees it. */
  public long rowNumber() {
    return rowNumber;
  }

  /** How many columns the header spans, trailing blank labels excluded. */
  public int width() {
    return names.size();
  }

  /** The labels as written (stripped), by column. */
  public List<String> labels() {
    return labels;
  }

  /** The normalised names by column; blank for a column without a label. */
  public List<String> names() {
    return names;
  }

  /** The column (0-based) whose label normalises to {@code name}, or -1 when there is none. */
  public int indexOf(String name) {
    Integer column = index.get(name);
    return column == null ? -1 : column;
  }

  @Override
  public String toString() {
    return "row " + rowNumber + " " + labels;
  }
}
