package ma.ofppt.cmc.facilities.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import ma.ofppt.cmc.facilities.domain.Booking;
import ma.ofppt.cmc.facilities.domain.BookingStatus;
import ma.ofppt.cmc.facilities.domain.Facilities;
import ma.ofppt.cmc.facilities.domain.FacilityResource;
import ma.ofppt.cmc.facilities.domain.Period;
import ma.ofppt.cmc.facilities.domain.ResourceKind;
import ma.ofppt.cmc.platform.domain.ConflictException;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.persistence.TenantPersistence;

/** JPA storage of facilities; the tenant is never named, {@link TenantPersistence} binds it. */
@ApplicationScoped
class JpaFacilities implements Facilities {
  private static final String EXCLUSION_VIOLATION = "23P01";
  private static final String FOREIGN_KEY_VIOLATION = "23503";

  @Inject TenantPersistence persistence;

  private EntityManager em() {
    return persistence.em();
  }

  @Override
  public List<FacilityResource> resources(ResourceKind kind, Boolean active) {
    StringBuilder jpql = new StringBuilder("select r from FacilityResource r where 1 = 1");
    if (kind != null) {
      jpql.append(" and r.kind = :kind");
    }
    if (active != null) {
      jpql.append(" and r.active = :active");
    }
    TypedQuery<FacilityResource> query =
        em().createQuery(jpql.append(" order by r.code").toString(), FacilityResource.class);
    if (kind != null) {
      query.setParameter("kind", kind);
    }
    if (active != null) {
      query.setParameter("active", active);
    }
    return query.getResultList();
  }

  @Override
  public Optional<FacilityResource> resource(UUID id) {
    return id == null
        ? Optional.empty()
        : Optional.ofNullable(em().find(FacilityResource.class, id));
  }

  @Override
  public boolean resourceCodeTaken(String code) {
    return !em().createQuery("select r.id from FacilityResource r where r.code = :code", UUID.class)
        .setParameter("code", code)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void add(FacilityResource resource) {
    em().persist(resource);
  }

  @Override
  public Optional<Booking> booking(UUID id) {
    return id == null ? Optional.empty() : Optional.ofNullable(em().find(Booking.class, id));
  }

  @Override
  public List<Booking> bookings(UUID resourceId, Period window, BookingStatus status) {
    StringBuilder jpql =
        new StringBuilder("select b from Booking b where b.startsAt < :end and b.endsAt > :start");
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("start", window.start().atOffset(ZoneOffset.UTC));
    parameters.put("end", window.end().atOffset(ZoneOffset.UTC));
    if (resourceId != null) {
      jpql.append(" and b.resourceId = :resource");
      parameters.put("resource", resourceId);
    }
    if (status != null) {
      jpql.append(" and b.status = :status");
      parameters.put("status", status);
    }
    TypedQuery<Booking> query =
        em().createQuery(
                jpql.append(" order by b.startsAt, b.bookedAt, b.id").toString(), Booking.class);
    parameters.forEach(query::setParameter);
    return query.getResultList();
  }

  @Override
  public Optional<Period> bookedSpan() {
    Object[] span =
        em().createQuery(
                "select min(b.startsAt), max(b.endsAt) from Booking b where b.status = :booked",
                Object[].class)
            .setParameter("booked", BookingStatus.BOOKED)
            .getSingleResult();
    return span[0] == null
        ? Optional.empty()
        : Optional.of(new Period(instant(span[0]), instant(span[1])));
  }

  /** An aggregate of a timestamptz column, as EclipseLink hands it back. */
  private static Instant instant(Object value) {
    if (value instanceof OffsetDateTime time) {
      return time.toInstant();
    }
    if (value instanceof java.sql.Timestamp time) {
      return time.toInstant();
    }
    throw new IllegalStateException("not a time: " + value.getClass());
  }

  @Override
  public void add(Booking booking) {
    em().persist(booking);
  }

  @Override
  public void flush() {
    try {
      em().flush();
    } catch (PersistenceException e) {
      SQLException sql = sqlCause(e);
      if (sql != null && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
        throw new ConflictException(
            "period", "the resource is already booked for part of this period; nothing was saved");
      }
      if (sql != null && FOREIGN_KEY_VIOLATION.equals(sql.getSQLState())) {
        String message = String.valueOf(sql.getMessage());
        if (message.contains("pole_id")) {
          throw new DomainRuleViolation("poleId", "no pole of this city has this id");
        }
        if (message.contains("group_id")) {
          throw new DomainRuleViolation("groupId", "no training group of this city has this id");
        }
      }
      throw e;
    }
  }

  private static SQLException sqlCause(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof SQLException sql) {
        return sql;
      }
    }
    return null;
  }
}
