package ma.ofppt.cmc.staff.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.AcademicYear;
import ma.ofppt.cmc.platform.domain.ConflictException;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.domain.LocalizedName;
import org.junit.jupiter.api.Test;

class StaffMemberTest {
  static final UUID POLE = UUID.randomUUID();
  static final LocalDate HIRED = LocalDate.of(2031, 9, 1);

  static StaffDetails trainer(ContractType contract, LocalDate end, Integer ceiling) {
    return new StaffDetails(
        "bk123456",
        LocalizedName.of("Salma Tazi", "سلمى التازي"),
        StaffKind.TRAINER,
        contract,
        end,
        List.of(" Master informatique ", "Master informatique", "CAP formateur"),
        POLE,
        ceiling,
        HIRED);
  }

  static StaffMember aTrainer(int ceiling) {
    return new StaffMember("t-001", trainer(ContractType.PERMANENT, null, ceiling));
  }

  @Test
  void recordsATrainerWithNormalisedIdentifiersAndDistinctQualifications() {
    StaffMember m = aTrainer(26);
    assertEquals("T-001", m.employeeNumber());
    assertEquals("BK123456", m.nationalId().orElseThrow());
    assertEquals(List.of("Master informatique", "CAP formateur"), m.qualifications());
    assertEquals(26, m.weeklyCeilingHours().orElseThrow());
    assertEquals(StaffStatus.ACTIVE, m.status());
  }

  @Test
  void aFixedTermContractNeedsItsEndAndOnlyIt() {
    assertEquals(
        "contractEnd",
        assertThrows(
                DomainRuleViolation.class,
                () -> new StaffMember("T-2", trainer(ContractType.FIXED_TERM, null, 20)))
            .field());
    assertEquals(
        "contractEnd",
        assertThrows(
                DomainRuleViolation.class,
                () ->
                    new StaffMember(
                        "T-2", trainer(ContractType.PERMANENT, LocalDate.of(2033, 8, 31), 20)))
            .field());
    assertEquals(
        "contractEnd",
        assertThrows(
                DomainRuleViolation.class,
                () ->
                    new StaffMember(
                        "T-2", trainer(ContractType.FIXED_TERM, LocalDate.of(2030, 1, 1), 20)))
            .field());
    assertDoesNotThrow(
        () ->
            new StaffMember(
                "T-2", trainer(ContractType.FIXED_TERM, LocalDate.of(2033, 8, 31), 20)));
  }

  @Test
  void onlyTrainersHaveACeilingAndItStaysWithinTheWorkWeek() {
    assertEquals(
        "weeklyCeilingHours",
        assertThrows(
                DomainRuleViolation.class,
                () -> new StaffMember("T-3", trainer(ContractType.PERMANENT, null, null)))
            .field());
    assertThrows(
        DomainRuleViolation.class,
        () -> new StaffMember("T-3", trainer(ContractType.PERMANENT, null, 45)));
    StaffDetails admin =
        new StaffDetails(
            null,
            LocalizedName.of("Omar Alaoui", "عمر العلوي"),
            StaffKind.ADMINISTRATIVE,
            ContractType.PERMANENT,
            null,
            List.of(),
            POLE,
            20,
            HIRED);
    assertEquals(
        "weeklyCeilingHours",
        assertThrows(DomainRuleViolation.class, () -> new StaffMember("A-1", admin)).field());
  }

  @Test
  void badIdentifiersNameTheirField() {
    assertEquals(
        "employeeNumber",
        assertThrows(
                DomainRuleViolation.class,
                () -> new StaffMember("no spaces", trainer(ContractType.PERMANENT, null, 20)))
            .field());
    StaffDetails badCin =
        new StaffDetails(
            "123",
            LocalizedName.of("Omar Alaoui", "عمر العلوي"),
            StaffKind.TRAINER,
            ContractType.PERMANENT,
            null,
            List.of(),
            POLE,
            20,
            HIRED);
    assertEquals(
        "nationalId",
        assertThrows(DomainRuleViolation.class, () -> new StaffMember("T-4", badCin)).field());
  }

  @Test
  void theCeilingIsNeverPassed() {
    StaffMember m = aTrainer(20);
    assertDoesNotThrow(() -> m.checkRoomFor(12, 8));
    ConflictException refused = assertThrows(ConflictException.class, () -> m.checkRoomFor(12, 9));
    assertEquals("weeklyHours", refused.field());
  }

  @Test
  void aCeilingBelowTheHoursHeldIsRefused() {
    StaffMember m = aTrainer(20);
    assertDoesNotThrow(() -> m.checkCeilingHolds(14, 14));
    assertEquals(
        "weeklyCeilingHours",
        assertThrows(ConflictException.class, () -> m.checkCeilingHolds(13, 14)).field());
  }

  @Test
  void aStaffMemberWhoLeftTakesNoAssignmentAndNoChange() {
    StaffMember m = aTrainer(20);
    assertThrows(DomainRuleViolation.class, () -> m.leave(HIRED.minusDays(1)));
    m.leave(LocalDate.of(2032, 6, 30));
    assertEquals(StaffStatus.LEFT, m.status());
    assertThrows(ConflictException.class, () -> m.checkRoomFor(0, 1));
    assertThrows(
        ConflictException.class, () -> m.describe(trainer(ContractType.PERMANENT, null, 20)));
    assertThrows(ConflictException.class, () -> m.leave(LocalDate.of(2032, 7, 1)));
  }

  @Test
  void employmentOverlapsAYearWhenHiredBeforeItsEndAndNotGoneBeforeItsStart() {
    StaffMember m = aTrainer(20);
    AcademicYear before = new AcademicYear("2030-2031");
    AcademicYear first = new AcademicYear("2031-2032");
    AcademicYear later = new AcademicYear("2033-2034");
    assertEquals(false, m.employedBetween(before.firstDay(), before.lastDay()));
    assertEquals(true, m.employedBetween(first.firstDay(), first.lastDay()));
    m.leave(LocalDate.of(2032, 9, 1));
    assertEquals(
        true,
        m.employedBetween(
            new AcademicYear("2032-2033").firstDay(), new AcademicYear("2032-2033").lastDay()));
    assertEquals(false, m.employedBetween(later.firstDay(), later.lastDay()));
  }

  @Test
  void qualificationsAreBoundedLines() {
    assertThrows(
        DomainRuleViolation.class, () -> StaffMember.joinQualifications(List.of("two\nlines")));
    assertThrows(DomainRuleViolation.class, () -> StaffMember.joinQualifications(List.of(" ")));
    assertThrows(
        DomainRuleViolation.class,
        () ->
            StaffMember.joinQualifications(
                java.util.stream.IntStream.range(0, 21).mapToObj(i -> "q" + i).toList()));
  }

  @Test
  void anAssignmentEndsOnce() {
    StaffMember m = aTrainer(20);
    TeachingAssignment a =
        new TeachingAssignment(
            m, UUID.randomUUID(), UUID.randomUUID(), new AcademicYear("2031-2032"), " Java ", 6);
    assertEquals("Java", a.subject());
    a.end(LocalDate.of(2032, 1, 31));
    assertEquals(false, a.isActive());
    assertThrows(ConflictException.class, () -> a.end(LocalDate.of(2032, 2, 1)));
    assertEquals(
        "weeklyHours",
        assertThrows(
                DomainRuleViolation.class,
                () ->
                    new TeachingAssignment(
                        m,
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        new AcademicYear("2031-2032"),
                        "Java",
                        0))
            .field());
  }
}
