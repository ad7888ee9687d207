package ma.ofppt.cmc.careers.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ma.ofppt.cmc.careers.domain.Situation;
import ma.ofppt.cmc.careers.domain.SurveyState;
import ma.ofppt.cmc.careers.domain.TracerSurvey;
import ma.ofppt.cmc.careers.domain.TracerSurveys;
import ma.ofppt.cmc.careers.domain.TracerWave;
import ma.ofppt.cmc.platform.domain.ConflictException;
import ma.ofppt.cmc.platform.persistence.TenantPersistence;

/** JPA storage of tracer waves and surveys; the tenant is added by the central binding. */
@ApplicationScoped
class JpaTracerSurveys implements TracerSurveys {
  private static final String UNIQUE_VIOLATION = "23505";

  @Inject TenantPersistence persistence;

  private EntityManager em() {
    return persistence.em();
  }

  @Override
  public void addWave(TracerWave wave) {
    EntityManager em = em();
    em.persist(wave);
    try {
      // Written now: a second opening of the same wave waits here for the first to commit and
      // then fails on tracer_wave's unique key, before any survey of it is created.
      em.flush();
    } catch (PersistenceException e) {
      if (UNIQUE_VIOLATION.equals(sqlState(e))) {
        throw new ConflictException(
            "horizonMonths",
            "the "
                + wave.horizonMonths()
                + "-month wave of intake "
                + wave.academicYear()
                + " is already open");
      }
      throw e;
    }
  }

  private static String sqlState(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        return sql.getSQLState();
      }
    }
    return null;
  }

  @Override
  public Optional<TracerWave> wave(UUID id) {
    return id == null ? Optional.empty() : Optional.ofNullable(em().find(TracerWave.class, id));
  }

  @Override
  public List<TracerWave> waves(String academicYear) {
    String where = academicYear == null ? "" : " where w.academicYear = :year";
    TypedQuery<TracerWave> query =
        em().createQuery(
                "select w from TracerWave w" + where + " order by w.academicYear, w.horizonMonths",
                TracerWave.class);
    if (academicYear != null) {
      query.setParameter("year", academicYear);
    }
    return query.getResultList();
  }

  @Override
  public void add(TracerSurvey survey) {
    em().persist(survey);
  }

  @Override
  public Optional<TracerSurvey> survey(UUID id) {
    return id == null ? Optional.empty() : Optional.ofNullable(em().find(TracerSurvey.class, id));
  }

  @Override
  public Page surveys(UUID waveId, SurveyState state, int offset, int limit) {
    String where = " where s.waveId = :wave" + (state == null ? "" : " and s.state = :state");
    TypedQuery<TracerSurvey> page =
        em().createQuery(
                "select s from TracerSurvey s" + where + " order by s.dueOn, s.id",
                TracerSurvey.class);
    TypedQuery<Long> count =
        em().createQuery("select count(s) from TracerSurvey s" + where, Long.class);
    page.setParameter("wave", waveId);
    count.setParameter("wave", waveId);
    if (state != null) {
      page.setParameter("state", state);
      count.setParameter("state", state);
    }
    return new Page(
        page.setFirstResult(offset).setMaxResults(limit).getResultList(), count.getSingleResult());
  }

  @Override
  public List<TracerWave> allWaves() {
    return em().createQuery(
            "select w from TracerWave w order by w.academicYear, w.horizonMonths", TracerWave.class)
        .getResultList();
  }

  private static final String TALLY =
      "select s.waveId, s.programmeId, s.state, s.situation, s.inFieldOfTraining,"
          + " s.incubatorStartup, count(distinct s.id) from TracerSurvey s";
  private static final String BY_TALLY =
      " group by s.waveId, s.programmeId, s.state, s.situation, s.inFieldOfTraining,"
          + " s.incubatorStartup";

  @Override
  public List<Tally> tallies() {
    return tallies(em().createQuery(TALLY + BY_TALLY, Object[].class));
  }

  @Override
  public List<Tally> pendingContacted() {
    return tallies(
        em().createQuery(
                TALLY + " join s.attempts a where s.state = :pending" + BY_TALLY, Object[].class)
            .setParameter("pending", SurveyState.PENDING));
  }

  private static List<Tally> tallies(TypedQuery<Object[]> query) {
    return query.getResultList().stream()
        .map(
            r ->
                new Tally(
                    (UUID) r[0],
                    (UUID) r[1],
                    (SurveyState) r[2],
                    (Situation) r[3],
                    (Boolean) r[4],
                    (Boolean) r[5],
                    ((Number) r[6]).longValue()))
        .toList();
  }

  @Override
  public List<TracerSurvey> allSurveys(UUID waveId) {
    return em().createQuery(
            "select s from TracerSurvey s where s.waveId = :wave order by s.id", TracerSurvey.class)
        .setParameter("wave", waveId)
        .setHint("eclipselink.batch", "s.attempts")
        .getResultList();
  }
}
