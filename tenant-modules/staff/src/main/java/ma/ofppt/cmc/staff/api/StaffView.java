package ma.ofppt.cmc.staff.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import ma.ofppt.cmc.platform.api.Name;
import ma.ofppt.cmc.staff.domain.StaffMember;

/** A staff member as the API shows it. */
public record StaffView(
    UUID id,
    String employeeNumber,
    String nationalId,
    Name name,
    String kind,
    String contractType,
    LocalDate contractEnd,
    List<String> qualifications,
    UUID poleId,
    Integer weeklyCeilingHours,
    LocalDate hiredOn,
    String status,
    LocalDate leftOn,
    long version) {

  static StaffView of(StaffMember m) {
    return new StaffView(
        m.id(),
        m.employeeNumber(),
        m.nationalId().orElse(null),
        Name.of(m.name()),
        m.kind().name(),
        m.contractType().name(),
        m.contractEnd().orElse(null),
        m.qualifications(),
        m.poleId(),
        m.weeklyCeilingHours().orElse(null),
        m.hiredOn(),
        m.status().name(),
        m.leftOn().orElse(null),
        m.version());
  }
}
