package ma.ofppt.cmc.launcher.intake;

/**
 * The highest schooling an applicant reached, in increasing order, named as the platform's API
 * names it ({@code minimumEducation} of a programme) and written in an intake file as a French
 * online-registration export writes it ("Baccalauréat").
 */
public enum Education {
  NONE("Aucun"),
  PRIMARY("Primaire"),
  MIDDLE_SCHOOL("Collège"),
  SECONDARY("Lycée"),
  BACCALAUREATE("Baccalauréat"),
  HIGHER("Supérieur");

  private final String french;

  Education(String french) {
    this.french = french;
  }

  /** The word of the "Niveau scolaire" column. */
  public String french() {
    return french;
  }

  /** Whether this level reaches {@code minimum}. */
  public boolean reaches(Education minimum) {
    return compareTo(minimum) >= 0;
  }
}
