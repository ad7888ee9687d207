package ma.ofppt.cmc.facilities.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import ma.ofppt.cmc.facilities.domain.Facilities;
import ma.ofppt.cmc.facilities.domain.FacilityResource;
import ma.ofppt.cmc.facilities.domain.ResourceDescription;
import ma.ofppt.cmc.facilities.domain.ResourceKind;
import ma.ofppt.cmc.platform.audit.AuditTrail;
import ma.ofppt.cmc.platform.consolidation.Outbox;
import ma.ofppt.cmc.platform.domain.ConflictException;
import ma.ofppt.cmc.platform.domain.NotFoundException;

/** The city's bookable resources: each use case one transaction, each change audited. */
@ApplicationScoped
public class ResourceService {
  @Inject Facilities facilities;
  @Inject AuditTrail audit;
  @Inject Outbox outbox;

  @Transactional
  public List<FacilityResource> resources(ResourceKind kind, Boolean active) {
    return facilities.resources(kind, active);
  }

  @Transactional
  public FacilityResource resource(UUID id) {
    return facilities.resource(id).orElseThrow(() -> new NotFoundException("resource", id));
  }

  @Transactional
  public FacilityResource create(String code, ResourceDescription description) {
    FacilityResource resource = new FacilityResource(code, description);
    if (facilities.resourceCodeTaken(resource.code())) {
      throw new ConflictException("code", "this city already has a resource " + resource.code());
    }
    facilities.add(resource);
    audit.record("facility.created", "facility_resource", resource.id(), summary(resource));
    // The pole reference is checked by the database (composite foreign key): ask it now, so an
    // unknown pole is a problem naming poleId rather than a failed commit.
    facilities.flush();
    outbox.figuresChanged(FacilitiesFigureSource.NAME);
    return resource;
  }

  @Transactional
  public FacilityResource redescribe(UUID id, long expectedVersion, ResourceDescription d) {
    FacilityResource resource = resource(id);
    if (resource.version() != expectedVersion) {
      throw new OptimisticLockException(
          "version "
              + expectedVersion
              + " is stale: the record is at version "
              + resource.version());
    }
    resource.describe(d);
    audit.record("facility.updated", "facility_resource", resource.id(), summary(resource));
    facilities.flush();
    outbox.figuresChanged(FacilitiesFigureSource.NAME);
    return resource;
  }

  private static String summary(FacilityResource r) {
    return r.code()
        + " "
        + r.kind()
        + " capacity "
        + r.capacity()
        + (r.active() ? "" : " inactive")
        + " hours "
        + r.openingHours();
  }
}
