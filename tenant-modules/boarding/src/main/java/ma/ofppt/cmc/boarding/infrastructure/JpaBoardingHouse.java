package ma.ofppt.cmc.boarding.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import ma.ofppt.cmc.boarding.domain.ApplicationStatus;
import ma.ofppt.cmc.boarding.domain.AssignmentStatus;
import ma.ofppt.cmc.boarding.domain.Bed;
import ma.ofppt.cmc.boarding.domain.BedAssignment;
import ma.ofppt.cmc.boarding.domain.BoardingApplication;
import ma.ofppt.cmc.boarding.domain.BoardingHouse;
import ma.ofppt.cmc.boarding.domain.BoardingPolicy;
import ma.ofppt.cmc.boarding.domain.Room;
import ma.ofppt.cmc.boarding.domain.Sex;
import ma.ofppt.cmc.boarding.domain.Wing;
import ma.ofppt.cmc.platform.domain.AcademicYear;
import ma.ofppt.cmc.platform.persistence.TenantPersistence;

/**
 * JPA storage of the boarding house. It never names the tenant: {@link TenantPersistence} has bound
 * the transaction, EclipseLink adds the tenant to every query and row-level security checks it
 * again. Row locks are {@code SELECT ... FOR UPDATE}.
 */
@ApplicationScoped
class JpaBoardingHouse implements BoardingHouse {
  /** A non-cancelled assignment that overlaps [:from, :to). */
  private static final String OVERLAPS =
      "a.status <> :cancelled and a.startsOn < :to and a.endsOn > :from";

  @Inject TenantPersistence persistence;

  private EntityManager em() {
    return persistence.em();
  }

  @Override
  public List<Wing> wings() {
    return em().createQuery("select w from Wing w order by w.code", Wing.class).getResultList();
  }

  @Override
  public Optional<Wing> wing(UUID id) {
    return id == null ? Optional.empty() : Optional.ofNullable(em().find(Wing.class, id));
  }

  @Override
  public boolean wingCodeTaken(String code) {
    return exists(
        em().createQuery("select w.id from Wing w where w.code = :code", UUID.class)
            .setParameter("code", code));
  }

  @Override
  public void add(Wing wing) {
    em().persist(wing);
  }

  @Override
  public Page<Room> rooms(UUID wingId, int offset, int limit) {
    String where = wingId == null ? "" : " where r.wingId = :wing";
    TypedQuery<Room> page =
        em().createQuery("select r from Room r" + where + " order by r.code", Room.class);
    TypedQuery<Long> count = em().createQuery("select count(r) from Room r" + where, Long.class);
    if (wingId != null) {
      page.setParameter("wing", wingId);
      count.setParameter("wing", wingId);
    }
    return new Page<>(
        page.setFirstResult(offset).setMaxResults(limit).getResultList(), count.getSingleResult());
  }

  @Override
  public Optional<Room> room(UUID id) {
    return id == null ? Optional.empty() : Optional.ofNullable(em().find(Room.class, id));
  }

  @Override
  public boolean roomCodeTaken(String code) {
    return exists(
        em().createQuery("select r.id from Room r where r.code = :code", UUID.class)
            .setParameter("code", code));
  }

  @Override
  public void add(Room room, List<Bed> beds) {
    em().persist(room);
    beds.forEach(em()::persist);
  }

  @Override
  public List<Bed> bedsOf(UUID roomId) {
    return em().createQuery("select b from Bed b where b.roomId = :room order by b.code", Bed.class)
        .setParameter("room", roomId)
        .getResultList();
  }

  @Override
  public Optional<Bed> bed(UUID id) {
    return id == null ? Optional.empty() : Optional.ofNullable(em().find(Bed.class, id));
  }

  @Override
  public long bedCount(Sex sex) {
    return em().createQuery("select count(b) from Bed b where b.sex = :sex", Long.class)
        .setParameter("sex", sex)
        .getSingleResult();
  }

  @Override
  public List<Bed> freeBeds(Sex sex, LocalDate from, LocalDate to) {
    return em().createQuery(
            "select b from Bed b where b.sex = :sex and not exists (select a.id from"
                + " BedAssignment a where a.bedId = b.id and "
                + OVERLAPS
                + ") order by b.code",
            Bed.class)
        .setParameter("sex", sex)
        .setParameter("cancelled", AssignmentStatus.CANCELLED)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  @Override
  public boolean bedFree(UUID bedId, LocalDate from, LocalDate to) {
    return !exists(
        em().createQuery(
                "select a.id from BedAssignment a where a.bedId = :bed and " + OVERLAPS, UUID.class)
            .setParameter("bed", bedId)
            .setParameter("cancelled", AssignmentStatus.CANCELLED)
            .setParameter("from", from)
            .setParameter("to", to));
  }

  @Override
  public Optional<BoardingPolicy> policy(AcademicYear year) {
    return policyQuery(year).getResultStream().findFirst();
  }

  @Override
  public Optional<BoardingPolicy> policyForUpdate(AcademicYear year) {
    return policyQuery(year)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  private TypedQuery<BoardingPolicy> policyQuery(AcademicYear year) {
    return em().createQuery(
            "select p from BoardingPolicy p where p.academicYear = :year", BoardingPolicy.class)
        .setParameter("year", year.value());
  }

  @Override
  public void add(BoardingPolicy policy) {
    em().persist(policy);
  }

  @Override
  public Optional<BoardingApplication> application(UUID id) {
    return id == null
        ? Optional.empty()
        : Optional.ofNullable(em().find(BoardingApplication.class, id));
  }

  @Override
  public Optional<BoardingApplication> applicationOf(UUID traineeId, AcademicYear year) {
    return em().createQuery(
            "select a from BoardingApplication a where a.traineeId = :trainee"
                + " and a.academicYear = :year",
            BoardingApplication.class)
        .setParameter("trainee", traineeId)
        .setParameter("year", year.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(BoardingApplication application) {
    em().persist(application);
  }

  @Override
  public Page<BoardingApplication> applications(
      AcademicYear year, ApplicationStatus status, int offset, int limit) {
    String where = " where a.academicYear = :year" + (status == null ? "" : " and a.status = :s");
    TypedQuery<BoardingApplication> page =
        em().createQuery(
                "select a from BoardingApplication a" + where + " order by a.submittedAt, a.id",
                BoardingApplication.class)
            .setParameter("year", year.value());
    TypedQuery<Long> count =
        em().createQuery("select count(a) from BoardingApplication a" + where, Long.class)
            .setParameter("year", year.value());
    if (status != null) {
      page.setParameter("s", status);
      count.setParameter("s", status);
    }
    return new Page<>(
        page.setFirstResult(offset).setMaxResults(limit).getResultList(), count.getSingleResult());
  }

  @Override
  public List<BoardingApplication> waiting(AcademicYear year) {
    return em().createQuery(
            "select a from BoardingApplication a where a.academicYear = :year"
                + " and a.status in :waiting",
            BoardingApplication.class)
        .setParameter("year", year.value())
        .setParameter("waiting", List.of(ApplicationStatus.PENDING, ApplicationStatus.WAITLISTED))
        .getResultList();
  }

  @Override
  public long countApplications(AcademicYear year, ApplicationStatus status, Sex sex) {
    return em().createQuery(
            "select count(a) from BoardingApplication a where a.academicYear = :year"
                + " and a.status = :status and a.sex = :sex",
            Long.class)
        .setParameter("year", year.value())
        .setParameter("status", status)
        .setParameter("sex", sex)
        .getSingleResult();
  }

  @Override
  public Optional<BedAssignment> assignment(UUID id) {
    return id == null ? Optional.empty() : Optional.ofNullable(em().find(BedAssignment.class, id));
  }

  @Override
  public Optional<BedAssignment> liveAssignmentOf(UUID applicationId) {
    return em().createQuery(
            "select a from BedAssignment a where a.applicationId = :application"
                + " and a.status in :live",
            BedAssignment.class)
        .setParameter("application", applicationId)
        .setParameter("live", List.of(AssignmentStatus.RESERVED, AssignmentStatus.CHECKED_IN))
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(BedAssignment assignment) {
    em().persist(assignment);
  }

  @Override
  public Page<BedAssignment> assignments(AcademicYear year, int offset, int limit) {
    List<BedAssignment> items =
        em().createQuery(
                "select a from BedAssignment a where a.academicYear = :year"
                    + " order by a.assignedAt, a.id",
                BedAssignment.class)
            .setParameter("year", year.value())
            .setFirstResult(offset)
            .setMaxResults(limit)
            .getResultList();
    long total =
        em().createQuery(
                "select count(a) from BedAssignment a where a.academicYear = :year", Long.class)
            .setParameter("year", year.value())
            .getSingleResult();
    return new Page<>(items, total);
  }

  @Override
  public List<BedAssignment> holdingOn(LocalDate day) {
    return em().createQuery(
            "select a from BedAssignment a where a.status <> :cancelled"
                + " and a.startsOn <= :day and a.endsOn > :day",
            BedAssignment.class)
        .setParameter("cancelled", AssignmentStatus.CANCELLED)
        .setParameter("day", day)
        .getResultList();
  }

  @Override
  public long bedCount() {
    return em().createQuery("select count(b) from Bed b", Long.class).getSingleResult();
  }

  @Override
  public List<YearHolding> holdingByYear(LocalDate day) {
    return em()
        .createQuery(
            "select a.academicYear, count(a),"
                + " sum(case when a.checkedInOn is not null and a.checkedInOn <= :day"
                + " then 1 else 0 end), count(distinct a.traineeId)"
                + " from BedAssignment a where a.status <> :cancelled"
                + " and a.startsOn <= :day and a.endsOn > :day group by a.academicYear",
            Object[].class)
        .setParameter("cancelled", AssignmentStatus.CANCELLED)
        .setParameter("day", day)
        .getResultList()
        .stream()
        .map(
            r ->
                new YearHolding(
                    (String) r[0],
                    ((Number) r[1]).longValue(),
                    r[2] == null ? 0 : ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue()))
        .toList();
  }

  @Override
  public Map<String, Map<ApplicationStatus, Long>> applicationCountsByYear() {
    Map<String, Map<ApplicationStatus, Long>> counts = new TreeMap<>();
    for (Object[] r :
        em().createQuery(
                "select a.academicYear, a.status, count(a) from BoardingApplication a"
                    + " group by a.academicYear, a.status",
                Object[].class)
            .getResultList()) {
      counts
          .computeIfAbsent((String) r[0], y -> new EnumMap<>(ApplicationStatus.class))
          .put((ApplicationStatus) r[1], ((Number) r[2]).longValue());
    }
    return counts;
  }

  @Override
  public List<String> policyYears() {
    return em().createQuery(
            "select p.academicYear from BoardingPolicy p order by p.academicYear", String.class)
        .getResultList();
  }

  @Override
  public void flush() {
    em().flush();
  }

  @Override
  public void flush(String field, String conflictMessage) {
    ExclusionConstraints.flushOrConflict(() -> em().flush(), field, conflictMessage);
  }

  private static boolean exists(TypedQuery<UUID> query) {
    return !query.setMaxResults(1).getResultList().isEmpty();
  }
}
