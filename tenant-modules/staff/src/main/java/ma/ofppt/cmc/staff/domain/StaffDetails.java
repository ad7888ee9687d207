package ma.ofppt.cmc.staff.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.LocalizedName;

/**
 * What the director records of a staff member, checked by {@link StaffMember}.
 *
 * @param nationalId the CIN, optional (the employee number identifies the person in the city)
 * @param contractEnd the last day of a fixed-term contract; absent for the other contracts
 * @param weeklyCeilingHours trainers only: the most hours a week they may be assigned to teach
 */
public record StaffDetails(
    String nationalId,
    LocalizedName name,
    StaffKind kind,
    ContractType contractType,
    LocalDate contractEnd,
    List<String> qualifications,
    UUID poleId,
    Integer weeklyCeilingHours,
    LocalDate hiredOn) {}
