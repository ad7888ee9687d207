package ma.ofppt.cmc.admissions.infrastructure;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import ma.ofppt.cmc.admissions.domain.Applicant;
import ma.ofppt.cmc.admissions.domain.Application;
import ma.ofppt.cmc.admissions.domain.Wish;
import ma.ofppt.cmc.platform.persistence.TenantConnection;
import ma.ofppt.cmc.platform.persistence.TenantPersistence;

/**
 * The import's write path: new applicants, applications and wishes of a whole batch in one {@code
 * INSERT ... SELECT FROM unnest(...)} per table, on the transaction's tenant-bound connection. The
 * rows are the ones JPA would write for the same aggregates (version 1, every column the entities
 * map); the aggregates are built, and so checked, by the domain before they get here. Each insert
 * names the tenant; row-level security checks it again.
 */
final class SqlApplicationBatches {
  private static final String INSERT_APPLICANTS =
      """
      insert into applicant (tenant_id, id, version, national_id, id_kind, first_name_fr,
          last_name_fr, first_name_ar, last_name_ar, birth_date, sex, province, remote_area,
          disability, education_level, phone, email)
      select ?, r.id::uuid, 1, r.national_id, r.id_kind, r.first_name_fr, r.last_name_fr,
          r.first_name_ar, r.last_name_ar, r.birth_date::date, r.sex, r.province,
          r.remote_area::boolean, r.disability::boolean, r.education_level, r.phone, r.email
      from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
          ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
        as r(id, national_id, id_kind, first_name_fr, last_name_fr, first_name_ar, last_name_ar,
          birth_date, sex, province, remote_area, disability, education_level, phone, email)
      """;

  private static final String INSERT_APPLICATIONS =
      """
      insert into application (tenant_id, id, version, applicant_id, academic_year, status,
          status_reason, submitted_at, source)
      select ?, r.id::uuid, 1, r.applicant_id::uuid, r.academic_year, r.status, r.status_reason,
          r.submitted_at::timestamptz, r.source
      from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
        as r(id, applicant_id, academic_year, status, status_reason, submitted_at, source)
      """;

  private static final String INSERT_WISHES =
      """
      insert into application_wish (tenant_id, id, version, application_id, preference,
          programme_id, grade_average, test_score, interview_score, eligible, ineligibility)
      select ?, r.id::uuid, 1, r.application_id::uuid, r.preference::integer,
          r.programme_id::uuid, r.grade_average::numeric, r.test_score::numeric,
          r.interview_score::numeric, r.eligible::boolean, r.ineligibility
      from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
          ?::text[], ?::text[])
        as r(id, application_id, preference, programme_id, grade_average, test_score,
          interview_score, eligible, ineligibility)
      """;

  private final TenantPersistence persistence;

  SqlApplicationBatches(TenantPersistence persistence) {
    this.persistence = persistence;
  }

  Map<String, UUID> applicantIds(Collection<String> nationalIds) {
    if (nationalIds.isEmpty()) {
      return Map.of();
    }
    return persistence.withConnection(
        sql -> {
          Map<String, UUID> found = new HashMap<>();
          try (PreparedStatement select =
              sql.connection()
                  .prepareStatement(
                      "select national_id, id from applicant"
                          + " where tenant_id = ? and national_id = any (?::text[])")) {
            select.setString(1, sql.tenant().value());
            select.setArray(2, sql.textArray(nationalIds));
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                found.put(rows.getString(1), rows.getObject(2, UUID.class));
              }
            }
          }
          return found;
        });
  }

  Set<UUID> appliedFor(String academicYear, Collection<UUID> applicantIds) {
    if (applicantIds.isEmpty()) {
      return Set.of();
    }
    return persistence.withConnection(
        sql -> {
          Set<UUID> found = new HashSet<>();
          try (PreparedStatement select =
              sql.connection()
                  .prepareStatement(
                      "select applicant_id from application where tenant_id = ?"
                          + " and academic_year = ? and applicant_id = any (?::uuid[])")) {
            select.setString(1, sql.tenant().value());
            select.setString(2, academicYear);
            select.setArray(3, sql.textArray(strings(applicantIds, UUID::toString)));
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                found.add(rows.getObject(1, UUID.class));
              }
            }
          }
          return found;
        });
  }

  void insert(List<Applicant> applicants, List<Application> applications) {
    persistence.withConnection(
        sql -> {
          insertApplicants(sql, applicants);
          insertApplications(sql, applications);
          insertWishes(sql, applications);
          return null;
        });
  }

  private static void insertApplicants(TenantConnection sql, List<Applicant> applicants)
      throws SQLException {
    if (applicants.isEmpty()) {
      return;
    }
    Columns<Applicant> columns = new Columns<>(applicants);
    columns.add(a -> a.id().toString());
    columns.add(a -> a.nationalId().value());
    columns.add(a -> a.nationalId().kind().name());
    columns.add(a -> a.name().firstFr());
    columns.add(a -> a.name().lastFr());
    columns.add(a -> a.name().firstAr());
    columns.add(a -> a.name().lastAr());
    columns.add(a -> a.birthDate().toString());
    columns.add(a -> a.sex().name());
    columns.add(Applicant::province);
    columns.add(a -> Boolean.toString(a.livesInRemoteArea()));
    columns.add(a -> Boolean.toString(a.hasDisability()));
    columns.add(a -> a.educationLevel().name());
    columns.add(a -> a.phone().orElse(null));
    columns.add(a -> a.email().orElse(null));
    columns.execute(sql, INSERT_APPLICANTS);
  }

  private static void insertApplications(TenantConnection sql, List<Application> applications)
      throws SQLException {
    if (applications.isEmpty()) {
      return;
    }
    Columns<Application> columns = new Columns<>(applications);
    columns.add(a -> a.id().toString());
    columns.add(a -> a.applicantId().toString());
    columns.add(Application::academicYear);
    columns.add(a -> a.status().name());
    columns.add(a -> a.statusReason().orElse(null));
    columns.add(a -> a.submittedAt().atOffset(ZoneOffset.UTC).toString());
    columns.add(a -> a.source().name());
    columns.execute(sql, INSERT_APPLICATIONS);
  }

  private static void insertWishes(TenantConnection sql, List<Application> applications)
      throws SQLException {
    List<Wish> wishes = new ArrayList<>();
    Map<Wish, UUID> applicationOf = new HashMap<>();
    for (Application application : applications) {
      for (Wish wish : application.wishes()) {
        wishes.add(wish);
        applicationOf.put(wish, application.id());
      }
    }
    if (wishes.isEmpty()) {
      return;
    }
    Columns<Wish> columns = new Columns<>(wishes);
    columns.add(w -> w.id().toString());
    columns.add(w -> applicationOf.get(w).toString());
    columns.add(w -> Integer.toString(w.preference()));
    columns.add(w -> w.programmeId().toString());
    columns.add(w -> w.scores().gradeAverage().toPlainString());
    columns.add(w -> plain(w.scores().testScore()));
    columns.add(w -> plain(w.scores().interviewScore()));
    columns.add(w -> Boolean.toString(w.isEligible()));
    columns.add(w -> w.ineligibility().orElse(null));
    columns.execute(sql, INSERT_WISHES);
  }

  private static String plain(BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }

  private static <T> List<String> strings(Collection<T> values, Function<T, String> text) {
    List<String> strings = new ArrayList<>(values.size());
    values.forEach(v -> strings.add(text.apply(v)));
    return strings;
  }

  /** The rows of one insert, column by column: each column is one {@code text[]} parameter. */
  private static final class Columns<T> {
    private final List<T> rows;
    private final List<List<String>> columns = new ArrayList<>();

    Columns(List<T> rows) {
      this.rows = rows;
    }

    void add(Function<T, String> column) {
      columns.add(strings(rows, column));
    }

    void execute(TenantConnection sql, String insert) throws SQLException {
      try (PreparedStatement statement = sql.connection().prepareStatement(insert)) {
        statement.setString(1, sql.tenant().value());
        for (int i = 0; i < columns.size(); i++) {
          statement.setArray(i + 2, sql.textArray(columns.get(i)));
        }
        int inserted = statement.executeUpdate();
        if (inserted != rows.size()) {
          throw new SQLException("inserted " + inserted + " rows of " + rows.size());
        }
      }
    }
  }
}
