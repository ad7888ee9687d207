package ma.ofppt.cmc.staff.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.ConflictException;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.persistence.TenantPersistence;
import ma.ofppt.cmc.staff.domain.AssignmentQuery;
import ma.ofppt.cmc.staff.domain.AssignmentStatus;
import ma.ofppt.cmc.staff.domain.StaffMember;
import ma.ofppt.cmc.staff.domain.StaffQuery;
import ma.ofppt.cmc.staff.domain.StaffRegister;
import ma.ofppt.cmc.staff.domain.TeachingAssignment;

/** JPA storage of staff; the row lock is {@code SELECT ... FOR UPDATE}. */
@ApplicationScoped
class JpaStaffRegister implements StaffRegister {
  @Inject TenantPersistence persistence;

  private EntityManager em() {
    return persistence.em();
  }

  @Override
  public Optional<StaffMember> member(UUID id) {
    return id == null ? Optional.empty() : Optional.ofNullable(em().find(StaffMember.class, id));
  }

  @Override
  public Optional<StaffMember> memberForUpdate(UUID id) {
    if (id == null) {
      return Optional.empty();
    }
    return em().createQuery("select s from StaffMember s where s.id = :id", StaffMember.class)
        .setParameter("id", id)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean employeeNumberTaken(String employeeNumber) {
    return em().createQuery(
                "select count(s) from StaffMember s where s.employeeNumber = :number", Long.class)
            .setParameter("number", employeeNumber)
            .getSingleResult()
        > 0;
  }

  /** A query with only the filters that are set (EclipseLink cannot bind a null UUID). */
  private <T> TypedQuery<T> staffQuery(String select, StaffQuery q, Class<T> type, String order) {
    StringBuilder jpql = new StringBuilder(select).append(" from StaffMember s where 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    if (q.kind() != null) {
      jpql.append(" and s.kind = :kind");
      parameters.put("kind", q.kind());
    }
    if (q.poleId() != null) {
      jpql.append(" and s.poleId = :pole");
      parameters.put("pole", q.poleId());
    }
    if (q.status() != null) {
      jpql.append(" and s.status = :status");
      parameters.put("status", q.status());
    }
    TypedQuery<T> query = em().createQuery(jpql.append(order).toString(), type);
    parameters.forEach(query::setParameter);
    return query;
  }

  @Override
  public List<StaffMember> members(StaffQuery query, int offset, int limit) {
    return staffQuery("select s", query, StaffMember.class, " order by s.employeeNumber")
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long count(StaffQuery query) {
    return staffQuery("select count(s)", query, Long.class, "").getSingleResult();
  }

  @Override
  public List<StaffMember> employedBetween(LocalDate first, LocalDate last) {
    return em().createQuery(
            "select s from StaffMember s where s.hiredOn <= :last"
                + " and (s.leftOn is null or s.leftOn >= :first)",
            StaffMember.class)
        .setParameter("first", first)
        .setParameter("last", last)
        .getResultList();
  }

  @Override
  public void add(StaffMember member) {
    em().persist(member);
  }

  @Override
  public Optional<TeachingAssignment> assignment(UUID id) {
    return id == null
        ? Optional.empty()
        : Optional.ofNullable(em().find(TeachingAssignment.class, id));
  }

  private <T> TypedQuery<T> assignmentQuery(
      String select, AssignmentQuery q, Class<T> type, String order) {
    StringBuilder jpql = new StringBuilder(select).append(" from TeachingAssignment a where 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    if (q.academicYear() != null) {
      jpql.append(" and a.academicYear = :year");
      parameters.put("year", q.academicYear());
    }
    if (q.trainerId() != null) {
      jpql.append(" and a.trainerId = :trainer");
      parameters.put("trainer", q.trainerId());
    }
    if (q.groupId() != null) {
      jpql.append(" and a.groupId = :group");
      parameters.put("group", q.groupId());
    }
    if (q.status() != null) {
      jpql.append(" and a.status = :status");
      parameters.put("status", q.status());
    }
    TypedQuery<T> query = em().createQuery(jpql.append(order).toString(), type);
    parameters.forEach(query::setParameter);
    return query;
  }

  @Override
  public List<TeachingAssignment> assignments(AssignmentQuery query, int offset, int limit) {
    return assignmentQuery(
            "select a",
            query,
            TeachingAssignment.class,
            " order by a.academicYear, a.subject, a.id")
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long count(AssignmentQuery query) {
    return assignmentQuery("select count(a)", query, Long.class, "").getSingleResult();
  }

  @Override
  public List<TeachingAssignment> activeAssignmentsOf(UUID trainerId) {
    return em().createQuery(
            "select a from TeachingAssignment a where a.trainerId = :trainer and a.status = :active"
                + " order by a.academicYear, a.id",
            TeachingAssignment.class)
        .setParameter("trainer", trainerId)
        .setParameter("active", AssignmentStatus.ACTIVE)
        .getResultList();
  }

  @Override
  public int assignedHours(UUID trainerId, String academicYear) {
    Long hours =
        em().createQuery(
                "select sum(a.weeklyHours) from TeachingAssignment a where a.trainerId = :trainer"
                    + " and a.academicYear = :year and a.status = :active",
                Long.class)
            .setParameter("trainer", trainerId)
            .setParameter("year", academicYear)
            .setParameter("active", AssignmentStatus.ACTIVE)
            .getSingleResult();
    return hours == null ? 0 : hours.intValue();
  }

  @Override
  public Map<UUID, Long> assignedHoursByTrainer(String academicYear) {
    Map<UUID, Long> hours = new HashMap<>();
    for (Object[] row :
        em().createQuery(
                "select a.trainerId, sum(a.weeklyHours) from TeachingAssignment a"
                    + " where a.academicYear = :year and a.status = :active group by a.trainerId",
                Object[].class)
            .setParameter("year", academicYear)
            .setParameter("active", AssignmentStatus.ACTIVE)
            .getResultList()) {
      hours.put((UUID) row[0], ((Number) row[1]).longValue());
    }
    return hours;
  }

  @Override
  public Map<String, Map<UUID, Long>> assignedHoursByYearAndTrainer() {
    Map<String, Map<UUID, Long>> hours = new java.util.TreeMap<>();
    for (Object[] row :
        em().createQuery(
                "select a.academicYear, a.trainerId,"
                    + " sum(case when a.status = :active then a.weeklyHours else 0 end)"
                    + " from TeachingAssignment a group by a.academicYear, a.trainerId",
                Object[].class)
            .setParameter("active", AssignmentStatus.ACTIVE)
            .getResultList()) {
      Map<UUID, Long> year = hours.computeIfAbsent((String) row[0], y -> new HashMap<>());
      long sum = ((Number) row[2]).longValue();
      if (sum > 0) {
        year.put((UUID) row[1], sum);
      }
    }
    return hours;
  }

  @Override
  public List<StaffMember> everyone() {
    return em().createQuery("select s from StaffMember s order by s.id", StaffMember.class)
        .getResultList();
  }

  @Override
  public void add(TeachingAssignment assignment) {
    em().persist(assignment);
  }

  @Override
  public void flush() {
    try {
      em().flush();
    } catch (PersistenceException e) {
      throw translate(e);
    }
  }

  /** The constraints the service cannot check alone, as problems naming the field. */
  private static RuntimeException translate(PersistenceException e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql && sql.getMessage() != null) {
        String message = sql.getMessage();
        if ("23503".equals(sql.getSQLState()) && message.contains("staff_member_pole_fk")) {
          return new DomainRuleViolation("poleId", "is not a pole of this city");
        }
        if ("23505".equals(sql.getSQLState())) {
          if (message.contains("staff_member_employee_number_key")) {
            return new ConflictException("employeeNumber", "already used in this city");
          }
          if (message.contains("staff_member_national_id_key")) {
            return new ConflictException("nationalId", "already recorded for another staff member");
          }
          if (message.contains("teaching_assignment_one_active")) {
            return new ConflictException(
                "subject", "this subject of the group is already assigned to a trainer");
          }
        }
      }
    }
    return e;
  }
}
