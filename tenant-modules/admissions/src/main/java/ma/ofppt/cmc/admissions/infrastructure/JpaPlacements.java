package ma.ofppt.cmc.admissions.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ma.ofppt.cmc.admissions.domain.Offer;
import ma.ofppt.cmc.admissions.domain.OfferStatus;
import ma.ofppt.cmc.admissions.domain.Placements;
import ma.ofppt.cmc.admissions.domain.SeatPool;
import ma.ofppt.cmc.admissions.domain.Trainee;
import ma.ofppt.cmc.admissions.domain.TraineeStatus;
import ma.ofppt.cmc.admissions.domain.TrainingGroup;
import ma.ofppt.cmc.admissions.domain.WaitlistEntry;
import ma.ofppt.cmc.platform.persistence.TenantPersistence;
import ma.ofppt.cmc.platform.trainees.TraineeRecords;

/** JPA storage of placements; row locks are {@code SELECT ... FOR UPDATE}. */
@ApplicationScoped
class JpaPlacements implements Placements {
  @Inject TenantPersistence persistence;

  private EntityManager em() {
    return persistence.em();
  }

  @Override
  public Optional<SeatPool> poolForUpdate(UUID programmeId, String academicYear) {
    return em().createQuery(
            "select s from SeatPool s where s.programmeId = :programme and s.academicYear = :year",
            SeatPool.class)
        .setParameter("programme", programmeId)
        .setParameter("year", academicYear)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<SeatPool> pools(String academicYear) {
    return em().createQuery("select s from SeatPool s where s.academicYear = :year", SeatPool.class)
        .setParameter("year", academicYear)
        .getResultList();
  }

  @Override
  public List<SeatPool> poolsForUpdate(String academicYear) {
    return em().createQuery(
            "select s from SeatPool s where s.academicYear = :year order by s.id", SeatPool.class)
        .setParameter("year", academicYear)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  @Override
  public void add(SeatPool pool) {
    em().persist(pool);
  }

  @Override
  public Optional<Offer> offer(UUID id) {
    return id == null ? Optional.empty() : Optional.ofNullable(em().find(Offer.class, id));
  }

  @Override
  public Optional<Offer> liveOfferOf(UUID applicationId) {
    return em().createQuery(
            "select o from Offer o where o.applicationId = :application and o.status in :live",
            Offer.class)
        .setParameter("application", applicationId)
        .setParameter("live", List.of(OfferStatus.PENDING, OfferStatus.ACCEPTED))
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Offer> pendingOffersExpiringBefore(Instant moment) {
    return em().createQuery(
            "select o from Offer o where o.status = :pending and o.expiresAt <= :moment order by o.expiresAt, o.id",
            Offer.class)
        .setParameter("pending", OfferStatus.PENDING)
        .setParameter("moment", moment.atOffset(ZoneOffset.UTC))
        .getResultList();
  }

  @Override
  public List<Offer> offers(String academicYear, UUID programmeId, OfferStatus status) {
    StringBuilder jpql = new StringBuilder("select o from Offer o where o.academicYear = :year");
    if (programmeId != null) {
      jpql.append(" and o.programmeId = :programme");
    }
    if (status != null) {
      jpql.append(" and o.status = :status");
    }
    TypedQuery<Offer> query =
        em().createQuery(jpql.append(" order by o.offeredAt, o.id").toString(), Offer.class)
            .setParameter("year", academicYear);
    if (programmeId != null) {
      query.setParameter("programme", programmeId);
    }
    if (status != null) {
      query.setParameter("status", status);
    }
    return query.getResultList();
  }

  @Override
  public void add(Offer offer) {
    em().persist(offer);
  }

  @Override
  public List<WaitlistEntry> waiting(UUID programmeId, String academicYear) {
    return em().createQuery(
            "select w from WaitlistEntry w where w.programmeId = :programme and w.academicYear = :year"
                + " and w.status = :waiting order by w.position",
            WaitlistEntry.class)
        .setParameter("programme", programmeId)
        .setParameter("year", academicYear)
        .setParameter("waiting", WaitlistEntry.Status.WAITING)
        .getResultList();
  }

  @Override
  public List<WaitlistEntry> waitlistEntriesOf(UUID applicationId) {
    return em().createQuery(
            "select w from WaitlistEntry w where w.applicationId = :application",
            WaitlistEntry.class)
        .setParameter("application", applicationId)
        .getResultList();
  }

  @Override
  public Optional<WaitlistEntry> waitlistEntry(UUID programmeId, UUID applicationId) {
    return em().createQuery(
            "select w from WaitlistEntry w where w.programmeId = :programme and w.applicationId = :application",
            WaitlistEntry.class)
        .setParameter("programme", programmeId)
        .setParameter("application", applicationId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(WaitlistEntry entry) {
    em().persist(entry);
  }

  @Override
  public List<TrainingGroup> groupsForUpdate(UUID programmeId, String academicYear) {
    return em().createQuery(
            "select g from TrainingGroup g where g.programmeId = :programme and g.academicYear = :year order by g.code",
            TrainingGroup.class)
        .setParameter("programme", programmeId)
        .setParameter("year", academicYear)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  @Override
  public List<TrainingGroup> groupsOf(String academicYear) {
    return em().createQuery(
            "select g from TrainingGroup g where g.academicYear = :year order by g.programmeId, g.code",
            TrainingGroup.class)
        .setParameter("year", academicYear)
        .getResultList();
  }

  @Override
  public Optional<TrainingGroup> group(UUID id) {
    return id == null ? Optional.empty() : Optional.ofNullable(em().find(TrainingGroup.class, id));
  }

  @Override
  public java.util.Map<UUID, TrainingGroup> groups(java.util.Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return java.util.Map.of();
    }
    java.util.Map<UUID, TrainingGroup> groups = new java.util.HashMap<>();
    em().createQuery("select g from TrainingGroup g where g.id in :ids", TrainingGroup.class)
        .setParameter("ids", List.copyOf(ids))
        .getResultList()
        .forEach(g -> groups.put(g.id(), g));
    return groups;
  }

  @Override
  public void add(TrainingGroup group) {
    em().persist(group);
  }

  @Override
  public Optional<Trainee> trainee(UUID id) {
    return id == null ? Optional.empty() : Optional.ofNullable(em().find(Trainee.class, id));
  }

  @Override
  public List<Trainee> trainees(
      String academicYear, UUID programmeId, TraineeStatus status, int offset, int limit) {
    return traineeQuery(
            "select t from Trainee t",
            academicYear,
            programmeId,
            status,
            Trainee.class,
            " order by t.enrolledAt, t.id")
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long countTrainees(String academicYear, UUID programmeId, TraineeStatus status) {
    return traineeQuery(
            "select count(t) from Trainee t", academicYear, programmeId, status, Long.class, "")
        .getSingleResult();
  }

  private <T> TypedQuery<T> traineeQuery(
      String select,
      String academicYear,
      UUID programmeId,
      TraineeStatus status,
      Class<T> type,
      String order) {
    StringBuilder jpql = new StringBuilder(select).append(" where 1 = 1");
    if (academicYear != null) {
      jpql.append(" and t.academicYear = :year");
    }
    if (programmeId != null) {
      jpql.append(" and t.programmeId = :programme");
    }
    if (status != null) {
      jpql.append(" and t.status = :status");
    }
    TypedQuery<T> query = em().createQuery(jpql.append(order).toString(), type);
    if (academicYear != null) {
      query.setParameter("year", academicYear);
    }
    if (programmeId != null) {
      query.setParameter("programme", programmeId);
    }
    if (status != null) {
      query.setParameter("status", status);
    }
    return query;
  }

  @Override
  public void add(Trainee trainee) {
    em().persist(trainee);
  }

  @Override
  public java.util.Map<UUID, long[]> wishCounts(String academicYear) {
    java.util.Map<UUID, long[]> counts = new java.util.HashMap<>();
    em().createQuery(
            "select w.programmeId, count(w), sum(case when w.preference = 1 then 1 else 0 end) from Wish w"
                + " where w.application.academicYear = :year and w.application.status <> :withdrawn"
                + " group by w.programmeId",
            Object[].class)
        .setParameter("year", academicYear)
        .setParameter("withdrawn", ma.ofppt.cmc.admissions.domain.ApplicationStatus.WITHDRAWN)
        .getResultList()
        .forEach(r -> counts.put((UUID) r[0], new long[] {number(r[1]), number(r[2])}));
    return counts;
  }

  @Override
  public java.util.Map<UUID, long[]> offerCounts(String academicYear) {
    java.util.Map<UUID, long[]> counts = new java.util.HashMap<>();
    em().createQuery(
            "select o.programmeId, count(o), sum(case when o.status = :accepted then 1 else 0 end) from Offer o"
                + " where o.academicYear = :year group by o.programmeId",
            Object[].class)
        .setParameter("year", academicYear)
        .setParameter("accepted", OfferStatus.ACCEPTED)
        .getResultList()
        .forEach(r -> counts.put((UUID) r[0], new long[] {number(r[1]), number(r[2])}));
    return counts;
  }

  @Override
  public java.util.Map<UUID, Long> enrolledCounts(String academicYear) {
    java.util.Map<UUID, Long> counts = new java.util.HashMap<>();
    em().createQuery(
            "select t.programmeId, count(t) from Trainee t"
                + " where t.academicYear = :year and t.status <> :transferred group by t.programmeId",
            Object[].class)
        .setParameter("year", academicYear)
        .setParameter("transferred", TraineeStatus.TRANSFERRED)
        .getResultList()
        .forEach(r -> counts.put((UUID) r[0], number(r[1])));
    return counts;
  }

  @Override
  public List<IntakeCounts> wishCountsByIntake() {
    return intakeCounts(
        em().createQuery(
                "select w.application.academicYear, w.programmeId, count(w),"
                    + " sum(case when w.preference = 1 then 1 else 0 end) from Wish w"
                    + " where w.application.status <> :withdrawn"
                    + " group by w.application.academicYear, w.programmeId",
                Object[].class)
            .setParameter("withdrawn", ma.ofppt.cmc.admissions.domain.ApplicationStatus.WITHDRAWN));
  }

  @Override
  public List<IntakeCounts> offerCountsByIntake() {
    return intakeCounts(
        em().createQuery(
                "select o.academicYear, o.programmeId, count(o),"
                    + " sum(case when o.status = :accepted then 1 else 0 end) from Offer o"
                    + " group by o.academicYear, o.programmeId",
                Object[].class)
            .setParameter("accepted", OfferStatus.ACCEPTED));
  }

  @Override
  public List<IntakeCounts> enrolledCountsByIntake() {
    return intakeCounts(
        em().createQuery(
                "select t.academicYear, t.programmeId, count(t) from Trainee t"
                    + " where t.status <> :transferred group by t.academicYear, t.programmeId",
                Object[].class)
            .setParameter("transferred", TraineeStatus.TRANSFERRED));
  }

  @Override
  public List<TraineeRecords.TraineeCount> traineeCounts(Collection<String> academicYears) {
    return em()
        .createQuery(
            "select t.academicYear, t.programmeId, t.status, count(t) from Trainee t"
                + " where t.academicYear in :years and t.status <> :transferred"
                + " group by t.academicYear, t.programmeId, t.status",
            Object[].class)
        .setParameter("years", academicYears)
        .setParameter("transferred", TraineeStatus.TRANSFERRED)
        .getResultList()
        .stream()
        .map(
            r ->
                new TraineeRecords.TraineeCount(
                    (String) r[0], (UUID) r[1], ((TraineeStatus) r[2]).name(), number(r[3])))
        .toList();
  }

  private static List<IntakeCounts> intakeCounts(TypedQuery<Object[]> query) {
    return query.getResultList().stream()
        .map(
            r ->
                new IntakeCounts(
                    (String) r[0], (UUID) r[1], number(r[2]), r.length > 3 ? number(r[3]) : 0))
        .toList();
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  @Override
  public void flush() {
    em().flush();
  }
}
