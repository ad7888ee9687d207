package ma.ofppt.cmc.admissions.infrastructure.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.ofppt.cmc.admissions.domain.Sex;
import ma.ofppt.cmc.platform.offer.EducationLevel;

/**
 * The words an online-registration export uses, in French, Arabic or English, for the columns of an
 * application and for its coded values (sex, yes/no flags, education levels). Every entry is
 * written as a person would type it and compared in {@link Header#normalise normalised} form, so
 * "Date de naissance", "DATE_NAISSANCE" and "date-de-naissance" are one entry.
 */
final class ImportVocabulary {
  static final String NATIONAL_ID = "applicant.nationalId";

  /** A second column for the national id: the Massar code, read when the CIN cell is blank. */
  static final String MASSAR_CODE = "applicant.nationalId#massar";

  static final String LAST_NAME_FR = "applicant.name.last.fr";
  static final String LAST_NAME_AR = "applicant.name.last.ar";
  static final String FIRST_NAME_FR = "applicant.name.first.fr";
  static final String FIRST_NAME_AR = "applicant.name.first.ar";
  static final String BIRTH_DATE = "applicant.birthDate";
  static final String SEX = "applicant.sex";
  static final String PROVINCE = "applicant.province";
  static final String REMOTE_AREA = "applicant.remoteArea";
  static final String DISABILITY = "applicant.disability";
  static final String EDUCATION_LEVEL = "applicant.educationLevel";
  static final String PHONE = "applicant.phone";
  static final String EMAIL = "applicant.email";
  static final String ACADEMIC_YEAR = "academicYear";

  /** The score inputs of a wish, as the API names them inside {@code wishes[i]}. */
  static final List<String> SCORES = List.of("gradeAverage", "testScore", "interviewScore");

  /**
   * A score given once for the applicant feeds every wish: it is named {@code wishes[*].<score>}
   * (for instance {@code wishes[*].gradeAverage}) where it is at fault.
   */
  static final String EVERY_WISH = "*";

  static final String PROGRAMME_CODE = "programmeCode";

  private static final List<String> WISH_WORDS =
      List.of(
          "voeu",
          "vœu",
          "choix",
          "filière",
          "filière choisie",
          "code filière",
          "programme",
          "wish",
          "رغبة",
          "الرغبة",
          "اختيار");

  private static final Map<String, List<String>> SCORE_WORDS =
      Map.of(
          "gradeAverage",
          List.of(
              "moyenne",
              "moyenne générale",
              "note moyenne",
              "moyenne du bac",
              "moyenne bac",
              "grade average",
              "gradeAverage",
              "average",
              "المعدل",
              "المعدل العام"),
          "testScore",
          List.of(
              "note test",
              "note du test",
              "note de test",
              "test",
              "score test",
              "note concours",
              "note du concours",
              "concours",
              "test score",
              "testScore",
              "نقطة الاختبار",
              "نقطة المباراة"),
          "interviewScore",
          List.of(
              "note entretien",
              "note d'entretien",
              "note de l'entretien",
              "entretien",
              "interview",
              "interview score",
              "interviewScore",
              "نقطة المقابلة"));

  /** Normalised header name to field, in the API's spelling. */
  static final Map<String, String> COLUMNS;

  /** A label to suggest for a missing column, by field. */
  static final Map<String, String> EXAMPLES;

  static final Map<String, EducationLevel> EDUCATION_LEVELS;
  static final Map<String, Sex> SEXES;
  static final Map<String, Boolean> FLAGS;

  static {
    Map<String, String> columns = new HashMap<>();
    Map<String, String> examples = new LinkedHashMap<>();
    column(
        columns,
        examples,
        NATIONAL_ID,
        "CIN",
        "CNIE",
        "N° CIN",
        "Nº CIN",
        "numéro CIN",
        "num CIN",
        "CIN/CNIE",
        "carte nationale",
        "national id",
        "nationalId",
        "CIN ou Massar",
        "CIN / code Massar",
        "رقم البطاقة الوطنية",
        "البطاقة الوطنية",
        "ر.ب.و");
    column(columns, examples, MASSAR_CODE, "Code Massar", "Massar", "رمز مسار", "رقم مسار");
    column(
        columns,
        examples,
        LAST_NAME_FR,
        "Nom",
        "nom fr",
        "nom en français",
        "nom français",
        "nom de famille",
        "nom latin",
        "last name",
        "lastName",
        "family name",
        "lastName.fr");
    column(
        columns,
        examples,
        FIRST_NAME_FR,
        "Prénom",
        "prénom fr",
        "prénom en français",
        "prénom français",
        "prénom latin",
        "first name",
        "firstName",
        "given name",
        "firstName.fr");
    column(
        columns,
        examples,
        LAST_NAME_AR,
        "الاسم العائلي",
        "النسب",
        "الاسم العائلي بالعربية",
        "nom ar",
        "nom arabe",
        "nom en arabe",
        "last name ar",
        "lastName.ar");
    column(
        columns,
        examples,
        FIRST_NAME_AR,
        "الاسم الشخصي",
        "الاسم الشخصي بالعربية",
        "prénom ar",
        "prénom arabe",
        "prénom en arabe",
        "first name ar",
        "firstName.ar");
    column(
        columns,
        examples,
        BIRTH_DATE,
        "Date de naissance",
        "date naissance",
        "né le",
        "né(e) le",
        "naissance",
        "birth date",
        "birthDate",
        "date of birth",
        "DOB",
        "تاريخ الازدياد",
        "تاريخ الميلاد");
    column(columns, examples, SEX, "Sexe", "genre", "sex", "gender", "الجنس");
    column(
        columns,
        examples,
        PROVINCE,
        "Province",
        "province de résidence",
        "province résidence",
        "préfecture/province",
        "province/préfecture",
        "الإقليم",
        "إقليم السكن",
        "العمالة أو الإقليم");
    column(
        columns,
        examples,
        REMOTE_AREA,
        "Zone enclavée",
        "zone éloignée",
        "zone isolée",
        "milieu enclavé",
        "enclavé",
        "remote area",
        "remoteArea",
        "منطقة نائية",
        "منطقة معزولة");
    column(
        columns,
        examples,
        DISABILITY,
        "Handicap",
        "situation de handicap",
        "en situation de handicap",
        "personne handicapée",
        "handicapé",
        "disability",
        "إعاقة",
        "وضعية إعاقة",
        "في وضعية إعاقة");
    column(
        columns,
        examples,
        EDUCATION_LEVEL,
        "Niveau scolaire",
        "niveau d'études",
        "niveau études",
        "niveau d'instruction",
        "niveau scolaire atteint",
        "dernier niveau",
        "education level",
        "educationLevel",
        "المستوى الدراسي");
    column(
        columns,
        examples,
        PHONE,
        "Téléphone",
        "tél",
        "N° tél",
        "numéro de téléphone",
        "GSM",
        "portable",
        "mobile",
        "phone",
        "phone number",
        "الهاتف",
        "رقم الهاتف");
    column(
        columns,
        examples,
        EMAIL,
        "Email",
        "e-mail",
        "mail",
        "courriel",
        "adresse email",
        "adresse e-mail",
        "البريد الإلكتروني");
    column(
        columns,
        examples,
        ACADEMIC_YEAR,
        "Année scolaire",
        "année de formation",
        "année universitaire",
        "année académique",
        "academic year",
        "academicYear",
        "السنة الدراسية",
        "السنة التكوينية");
    for (String score : SCORES) {
      String[] words = SCORE_WORDS.get(score).toArray(String[]::new);
      column(columns, examples, wishField(EVERY_WISH, score), words);
    }
    for (int n = 1; n <= ApplicationRowMapper.MAX_WISHES; n++) {
      String field = wishField(n - 1, PROGRAMME_CODE);
      column(columns, examples, field, wishLabels(n).toArray(String[]::new));
      for (String score : SCORES) {
        List<String> labels = new ArrayList<>();
        for (String word : SCORE_WORDS.get(score)) {
          labels.add(word + " " + n);
          labels.add(word + n);
          for (String wish : WISH_WORDS) {
            labels.add(wish + " " + n + " " + word);
            labels.add(wish + n + " " + word);
            labels.add(word + " " + wish + " " + n);
            labels.add(word + " " + wish + n);
          }
        }
        column(columns, examples, wishField(n - 1, score), labels.toArray(String[]::new));
      }
    }
    COLUMNS = Collections.unmodifiableMap(columns);
    EXAMPLES = Collections.unmodifiableMap(examples);

    Map<String, EducationLevel> levels = new HashMap<>();
    value(
        levels,
        EducationLevel.NONE,
        "none",
        "aucun",
        "aucune",
        "néant",
        "sans",
        "sans niveau",
        "non scolarisé",
        "analphabète",
        "بدون",
        "بدون مستوى",
        "غير متمدرس");
    value(
        levels,
        EducationLevel.PRIMARY,
        "primary",
        "primaire",
        "niveau primaire",
        "école primaire",
        "enseignement primaire",
        "6ème année primaire",
        "6ème primaire",
        "6AP",
        "certificat d'études primaires",
        "CEP",
        "ابتدائي",
        "الابتدائي",
        "المستوى الابتدائي");
    value(
        levels,
        EducationLevel.MIDDLE_SCHOOL,
        "middle school",
        "middle_school",
        "collège",
        "collégial",
        "secondaire collégial",
        "enseignement collégial",
        "niveau collège",
        "3ème année collège",
        "3ème année collégiale",
        "3ème année du collège",
        "3AC",
        "9ème année",
        "9ème",
        "brevet",
        "إعدادي",
        "الإعدادي",
        "ثانوي إعدادي",
        "الثانوي الإعدادي",
        "الثالثة إعدادي");
    value(
        levels,
        EducationLevel.SECONDARY,
        "secondary",
        "lycée",
        "secondaire",
        "secondaire qualifiant",
        "enseignement secondaire",
        "niveau lycée",
        "tronc commun",
        "TC",
        "1ère année bac",
        "1ère année baccalauréat",
        "1BAC",
        "2ème année bac",
        "2ème année baccalauréat",
        "2BAC",
        "niveau bac",
        "niveau baccalauréat",
        "ثانوي",
        "ثانوي تأهيلي",
        "الثانوي التأهيلي",
        "الجذع المشترك",
        "مستوى الباكالوريا");
    value(
        levels,
        EducationLevel.BACCALAUREATE,
        "baccalaureate",
        "bac",
        "baccalauréat",
        "bachelier",
        "bac obtenu",
        "titulaire du bac",
        "titulaire du baccalauréat",
        "باكالوريا",
        "بكالوريا",
        "الباكالوريا");
    value(
        levels,
        EducationLevel.HIGHER,
        "higher",
        "supérieur",
        "enseignement supérieur",
        "études supérieures",
        "universitaire",
        "université",
        "bac+1",
        "bac+2",
        "bac+3",
        "bac+4",
        "bac+5",
        "DEUG",
        "DUT",
        "BTS",
        "licence",
        "master",
        "جامعي",
        "عالي",
        "التعليم العالي");
    EDUCATION_LEVELS = Collections.unmodifiableMap(levels);

    Map<String, Sex> sexes = new HashMap<>();
    value(sexes, Sex.M, "M", "H", "homme", "masculin", "male", "garçon", "ذكر", "مذكر");
    value(sexes, Sex.F, "F", "femme", "féminin", "female", "fille", "أنثى", "مؤنث");
    SEXES = Collections.unmodifiableMap(sexes);

    Map<String, Boolean> flags = new HashMap<>();
    value(flags, true, "oui", "o", "yes", "y", "1", "true", "vrai", "x", "نعم");
    value(flags, false, "non", "n", "no", "0", "false", "faux", "لا");
    FLAGS = Collections.unmodifiableMap(flags);
  }

  private ImportVocabulary() {}

  /** The API spelling of a wish's field: {@code wishes[0].programmeCode} for the first wish. */
  static String wishField(int index, String field) {
    return wishField(Integer.toString(index), field);
  }

  static String wishField(String index, String field) {
    return "wishes[" + index + "]." + field;
  }

  private static List<String> wishLabels(int n) {
    List<String> labels = new ArrayList<>();
    for (String wish : WISH_WORDS) {
      labels.add(wish + " " + n);
      labels.add(wish + n);
      labels.add(n + "e " + wish);
      labels.add(n + "ème " + wish);
      if (n == 1) {
        labels.add("1er " + wish);
        labels.add("premier " + wish);
      }
    }
    return labels;
  }

  private static void column(
      Map<String, String> columns, Map<String, String> examples, String field, String... labels) {
    examples.put(field, labels[0]);
    value(columns, field, labels);
  }

  /** Adds entries; two meanings for one normalised word is a mistake in this table. */
  private static <T> void value(Map<String, T> table, T meaning, String... words) {
    for (String word : words) {
      String key = Header.normalise(word);
      T previous = table.putIfAbsent(key, meaning);
      if (previous != null && !previous.equals(meaning)) {
        throw new IllegalStateException(
            "'" + word + "' means both " + previous + " and " + meaning);
      }
    }
  }
}
