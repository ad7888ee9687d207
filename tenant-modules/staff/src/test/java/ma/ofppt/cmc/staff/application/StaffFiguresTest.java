package ma.ofppt.cmc.staff.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.LocalizedName;
import ma.ofppt.cmc.staff.domain.ContractType;
import ma.ofppt.cmc.staff.domain.StaffDetails;
import ma.ofppt.cmc.staff.domain.StaffKind;
import ma.ofppt.cmc.staff.domain.StaffMember;
import org.junit.jupiter.api.Test;

class StaffFiguresTest {
  static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
  static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");

  static StaffMember member(
      String number, StaffKind kind, ContractType contract, UUID pole, Integer ceiling) {
    return new StaffMember(
        number,
        new StaffDetails(
            null,
            LocalizedName.of("Nadia Lahlou", "نادية لحلو"),
            kind,
            contract,
            contract == ContractType.FIXED_TERM ? LocalDate.of(2033, 8, 31) : null,
            List.of(),
            pole,
            ceiling,
            LocalDate.of(2031, 9, 1)));
  }

  @Test
  void countsPerPoleAndCityAndComputesTheLoadRateFromSums() {
    StaffMember t1 = member("T1", StaffKind.TRAINER, ContractType.PERMANENT, A, 26);
    StaffMember t2 = member("T2", StaffKind.TRAINER, ContractType.PART_TIME_VACATION, A, 10);
    StaffMember t3 = member("T3", StaffKind.TRAINER, ContractType.FIXED_TERM, B, 24);
    StaffMember a1 = member("A1", StaffKind.ADMINISTRATIVE, ContractType.PERMANENT, B, null);
    StaffFigures.YearFigures f =
        StaffFigures.compute(
            "2031-2032", List.of(t1, t2, t3, a1), Map.of(t1.id(), 20L, t2.id(), 4L, t3.id(), 3L));

    StaffFigures.Figures poleA = f.byPole().get(0).figures();
    assertEquals(A, f.byPole().get(0).poleId());
    assertEquals(2, poleA.headcount());
    assertEquals(new StaffFigures.Headcount(2, 1, 0, 1), poleA.trainers());
    assertEquals(36, poleA.trainerCeilingHours());
    assertEquals(24, poleA.assignedHours());
    assertEquals(new BigDecimal("66.7"), poleA.loadRate());

    StaffFigures.Figures poleB = f.byPole().get(1).figures();
    assertEquals(new StaffFigures.Headcount(1, 1, 0, 0), poleB.administrative());
    assertEquals(new BigDecimal("12.5"), poleB.loadRate());

    StaffFigures.Figures city = f.city();
    assertEquals(4, city.headcount());
    assertEquals(new StaffFigures.Headcount(3, 1, 1, 1), city.trainers());
    assertEquals(60, city.trainerCeilingHours());
    assertEquals(27, city.assignedHours());
    // 27 / 60 = 45.0 %, not the mean of 66.7 % and 12.5 %.
    assertEquals(new BigDecimal("45.0"), city.loadRate());
  }

  @Test
  void aPoleWithoutTrainersHasNoLoadRate() {
    StaffMember a1 = member("A1", StaffKind.ADMINISTRATIVE, ContractType.PERMANENT, B, null);
    StaffFigures.YearFigures f = StaffFigures.compute("2031-2032", List.of(a1), Map.of());
    assertNull(f.city().loadRate());
    assertEquals(0, f.city().trainerCeilingHours());
    assertNull(StaffFigures.compute("2031-2032", List.of(), Map.of()).city().loadRate());
  }

  @Test
  void roundsHalfEven() {
    assertEquals(new BigDecimal("12.5"), StaffFigures.percent(1, 8));
    assertEquals(new BigDecimal("33.3"), StaffFigures.percent(1, 3));
  }
}
