package ma.ofppt.cmc.offer.domain;

import ma.ofppt.cmc.platform.offer.EducationLevel;

/**
 * The level a programme leads to. The three diploma levels make 68 % of the offer and target ages
 * 15 to 30; the others are short qualifying courses and the school-system paths some cities run.
 */
public enum TrainingLevel {
  QUALIFIED_WORKER(true, EducationLevel.MIDDLE_SCHOOL),
  TECHNICIAN(true, EducationLevel.SECONDARY),
  SPECIALIZED_TECHNICIAN(true, EducationLevel.BACCALAUREATE),
  QUALIFYING(false, EducationLevel.NONE),
  PROFESSIONAL_BAC(false, EducationLevel.MIDDLE_SCHOOL),
  MIDDLE_SCHOOL_PATH(false, EducationLevel.PRIMARY);

  public static final int DIPLOMA_MIN_AGE = 15;
  public static final int DIPLOMA_MAX_AGE = 30;

  private final boolean diploma;
  private final EducationLevel usualEntryLevel;

  TrainingLevel(boolean diploma, EducationLevel usualEntryLevel) {
    this.diploma = diploma;
    this.usualEntryLevel = usualEntryLevel;
  }

  public boolean isDiploma() {
    return diploma;
  }

  /** The entry level OFPPT usually asks for; a programme may ask for more. */
  public EducationLevel usualEntryLevel() {
    return usualEntryLevel;
  }
}
