package ma.ofppt.cmc.staff.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A staff member as the director records or describes them. {@code employeeNumber}, {@code kind}
 * and {@code hiredOn} are read on creation only; {@code version} is required on change.
 *
 * @param kind TRAINER or ADMINISTRATIVE
 * @param contractType PERMANENT, FIXED_TERM (with {@code contractEnd}) or PART_TIME_VACATION
 * @param poleId a pole of the city (text, so that a malformed id is a 400 naming the field)
 * @param weeklyCeilingHours trainers only, 1 to 44
 */
public record StaffRequest(
    String employeeNumber,
    String nationalId,
    @NotNull @Valid NameRequest name,
    String kind,
    @NotBlank String contractType,
    LocalDate contractEnd,
    @Size(max = 20) List<String> qualifications,
    @NotBlank String poleId,
    Integer weeklyCeilingHours,
    LocalDate hiredOn,
    @PositiveOrZero Long version) {

  /** A full name in French and in Arabic script. */
  public record NameRequest(@NotBlank String fr, @NotBlank String ar) {}
}
