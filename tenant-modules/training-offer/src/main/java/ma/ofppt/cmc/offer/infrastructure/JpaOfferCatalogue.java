package ma.ofppt.cmc.offer.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import ma.ofppt.cmc.offer.domain.OfferCatalogue;
import ma.ofppt.cmc.offer.domain.Pole;
import ma.ofppt.cmc.offer.domain.Programme;
import ma.ofppt.cmc.offer.domain.ProgrammeQuery;
import ma.ofppt.cmc.offer.domain.ProgrammeStatus;
import ma.ofppt.cmc.offer.domain.Sector;
import ma.ofppt.cmc.offer.domain.TrainingLevel;
import ma.ofppt.cmc.platform.domain.AcademicYear;
import ma.ofppt.cmc.platform.persistence.TenantPersistence;

/**
 * JPA storage of the offer. It never names the tenant: {@link TenantPersistence} has bound the
 * transaction, so EclipseLink adds the tenant to every query and the database checks it again.
 */
@ApplicationScoped
class JpaOfferCatalogue implements OfferCatalogue {
  @Inject TenantPersistence persistence;

  private EntityManager em() {
    return persistence.em();
  }

  @Override
  public List<Sector> sectors() {
    return em().createQuery("select s from Sector s order by s.displayOrder", Sector.class)
        .getResultList();
  }

  @Override
  public Optional<Sector> sector(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(em().find(Sector.class, code));
  }

  @Override
  public List<Pole> poles() {
    return em().createQuery("select p from Pole p order by p.code", Pole.class).getResultList();
  }

  @Override
  public Optional<Pole> pole(UUID id) {
    return id == null ? Optional.empty() : Optional.ofNullable(em().find(Pole.class, id));
  }

  @Override
  public boolean poleCodeTaken(String code) {
    return !em().createQuery("select p.id from Pole p where p.code = :code", UUID.class)
        .setParameter("code", code)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void add(Pole pole) {
    em().persist(pole);
  }

  @Override
  public Optional<Programme> programme(UUID id) {
    return id == null ? Optional.empty() : Optional.ofNullable(em().find(Programme.class, id));
  }

  @Override
  public boolean programmeCodeTaken(String code) {
    return !em().createQuery("select p.id from Programme p where p.code = :code", UUID.class)
        .setParameter("code", code)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void add(Programme programme) {
    em().persist(programme);
  }

  @Override
  public ProgrammePage search(ProgrammeQuery query, int offset, int limit) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    if (query.sectorCode() != null) {
      where.append(" and p.sectorCode = :sector");
      parameters.put("sector", query.sectorCode());
    }
    if (query.poleId() != null) {
      where.append(" and p.poleId = :pole");
      parameters.put("pole", query.poleId());
    }
    if (query.level() != null) {
      where.append(" and p.level = :level");
      parameters.put("level", query.level());
    }
    if (query.status() != null) {
      where.append(" and p.status = :status");
      parameters.put("status", query.status());
    }
    if (query.text() != null && !query.text().isBlank()) {
      where.append(
          " and (lower(p.code) like :text or lower(p.name.fr) like :text or p.name.ar like :arabic)");
      String needle = query.text().strip();
      parameters.put("text", "%" + escape(needle.toLowerCase(Locale.ROOT)) + "%");
      parameters.put("arabic", "%" + escape(needle) + "%");
    }
    TypedQuery<Programme> page =
        em().createQuery("select p from Programme p" + where + " order by p.code", Programme.class);
    TypedQuery<Long> count =
        em().createQuery("select count(p) from Programme p" + where, Long.class);
    parameters.forEach(
        (name, value) -> {
          page.setParameter(name, value);
          count.setParameter(name, value);
        });
    List<Programme> items = page.setFirstResult(offset).setMaxResults(limit).getResultList();
    return new ProgrammePage(items, count.getSingleResult());
  }

  @Override
  public List<Programme> offeredIn(AcademicYear year) {
    return em().createQuery(
            "select distinct p from Programme p join p.intakes i"
                + " where i.academicYear = :year and p.status = :active order by p.code",
            Programme.class)
        .setParameter("year", year.value())
        .setParameter("active", ProgrammeStatus.ACTIVE)
        .getResultList();
  }

  @Override
  public Revision revision() {
    return persistence.withConnection(
        bound -> {
          try (PreparedStatement read =
              bound
                  .connection()
                  .prepareStatement(
                      "select revision, changed_in = pg_current_xact_id_if_assigned()"
                          + " from offer_revision where tenant_id = ?")) {
            read.setString(1, bound.tenant().value());
            try (ResultSet row = read.executeQuery()) {
              return row.next()
                  ? new Revision(row.getLong(1), row.getBoolean(2))
                  : new Revision(0, false);
            }
          }
        });
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  @Override
  public List<SeatCount> seatCounts(AcademicYear year) {
    List<Object[]> rows =
        em().createQuery(
                "select p.poleId, p.level, count(p), sum(i.totalSeats), sum(i.firstYearSeats)"
                    + " from Programme p join p.intakes i"
                    + " where i.academicYear = :year and p.status = :active"
                    + " group by p.poleId, p.level",
                Object[].class)
            .setParameter("year", year.value())
            .setParameter("active", ProgrammeStatus.ACTIVE)
            .getResultList();
    List<SeatCount> counts = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      counts.add(
          new SeatCount(
              (UUID) row[0],
              (TrainingLevel) row[1],
              ((Number) row[2]).longValue(),
              row[3] == null ? 0 : ((Number) row[3]).longValue(),
              row[4] == null ? 0 : ((Number) row[4]).longValue()));
    }
    return counts;
  }

  @Override
  public List<IntakeSeatCount> seatCountsByIntake() {
    List<Object[]> rows =
        em().createQuery(
                "select i.academicYear, p.sectorCode, p.poleId, p.level, count(p),"
                    + " sum(i.totalSeats), sum(i.firstYearSeats)"
                    + " from Programme p join p.intakes i where p.status = :active"
                    + " group by i.academicYear, p.sectorCode, p.poleId, p.level"
                    + " order by i.academicYear, p.sectorCode, p.poleId, p.level",
                Object[].class)
            .setParameter("active", ProgrammeStatus.ACTIVE)
            .getResultList();
    List<IntakeSeatCount> counts = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      counts.add(
          new IntakeSeatCount(
              (String) row[0],
              (String) row[1],
              (UUID) row[2],
              (TrainingLevel) row[3],
              ((Number) row[4]).longValue(),
              row[5] == null ? 0 : ((Number) row[5]).longValue(),
              row[6] == null ? 0 : ((Number) row[6]).longValue()));
    }
    return counts;
  }
}
