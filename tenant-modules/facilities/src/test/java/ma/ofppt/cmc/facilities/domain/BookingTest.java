package ma.ofppt.cmc.facilities.domain;

import static ma.ofppt.cmc.facilities.domain.OpeningHoursTest.at;
import static ma.ofppt.cmc.facilities.domain.OpeningHoursTest.local;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.ConflictException;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.domain.LocalizedName;
import org.junit.jupiter.api.Test;

class BookingTest {
  private final FacilityResource fabLab =
      new FacilityResource(
          "fab-lab-1",
          new ResourceDescription(
              LocalizedName.of("Fab lab", "مختبر التصنيع"),
              ResourceKind.FAB_LAB,
              20,
              null,
              OpeningHours.of("h", List.of(at(DayOfWeek.MONDAY, "08:00", "18:00"))),
              true));

  private Booking book(Period period, int attendees) {
    return new Booking(
        fabLab,
        period,
        Booker.named(BookerKind.PARTNER, "Association Tafilalet Makers"),
        attendees,
        "Atelier impression 3D",
        "manager",
        Instant.parse("2040-01-01T00:00:00Z"));
  }

  private static String fieldOf(Runnable action) {
    return assertThrows(DomainRuleViolation.class, action::run).field();
  }

  @Test
  void aBookingFitsTheResource() {
    Booking b = book(local("2040-03-05T09:00", "2040-03-05T11:00"), 20);
    assertEquals(BookingStatus.BOOKED, b.status());
    assertEquals("FAB-LAB-1", fabLab.code());
    assertEquals("period", fieldOf(() -> book(local("2040-03-05T17:00", "2040-03-05T19:00"), 5)));
    assertEquals("period", fieldOf(() -> book(local("2040-03-06T09:00", "2040-03-06T10:00"), 5)));
    assertEquals(
        "attendees", fieldOf(() -> book(local("2040-03-05T09:00", "2040-03-05T10:00"), 21)));
    assertEquals(
        "attendees", fieldOf(() -> book(local("2040-03-05T09:00", "2040-03-05T10:00"), 0)));
    Period seconds =
        new Period(
            local("2040-03-05T09:00", "2040-03-05T10:00").start().plusSeconds(30),
            local("2040-03-05T09:00", "2040-03-05T10:00").end());
    assertEquals("period", fieldOf(() -> book(seconds, 5)));
  }

  @Test
  void aBookingLastsAtMostTwelveHours() {
    FacilityResource allDay =
        new FacilityResource(
            "HALL",
            new ResourceDescription(
                LocalizedName.of("Salle", "قاعة"),
                ResourceKind.CONFERENCE_CENTRE,
                300,
                null,
                OpeningHours.of("h", List.of(at(DayOfWeek.MONDAY, "06:00", "23:00"))),
                true));
    Booker partner = Booker.named(BookerKind.PARTNER, "ONEE");
    assertEquals(
        "period",
        fieldOf(
            () ->
                new Booking(
                    allDay,
                    local("2040-03-05T07:00", "2040-03-05T19:01"),
                    partner,
                    10,
                    "Séminaire",
                    "m",
                    Instant.now())));
  }

  @Test
  void anInactiveResourceTakesNoBooking() {
    fabLab.describe(
        new ResourceDescription(
            fabLab.name(), fabLab.kind(), 20, null, fabLab.openingHours(), false));
    assertEquals(
        "resourceId", fieldOf(() -> book(local("2040-03-05T09:00", "2040-03-05T11:00"), 2)));
  }

  @Test
  void cancellingKeepsTheRecordOnceOnly() {
    Booking b = book(local("2040-03-05T09:00", "2040-03-05T11:00"), 2);
    assertEquals("reason", fieldOf(() -> b.cancel(" ", "m", Instant.now())));
    b.cancel("Panne électrique", "m", Instant.parse("2040-03-01T10:00:00Z"));
    assertEquals(BookingStatus.CANCELLED, b.status());
    assertEquals(Optional.of("Panne électrique"), b.cancelReason());
    assertThrows(ConflictException.class, () -> b.cancel("encore", "m", Instant.now()));
  }

  @Test
  void onlyAGroupBookingNamesAGroup() {
    assertEquals(
        "groupId",
        assertThrows(
                DomainRuleViolation.class,
                () -> new Booker(BookerKind.TRAINER, Optional.of(UUID.randomUUID()), "x"))
            .field());
    assertEquals(
        "groupId",
        assertThrows(
                DomainRuleViolation.class,
                () -> new Booker(BookerKind.GROUP, Optional.empty(), "x"))
            .field());
    assertEquals(
        "bookerReference",
        assertThrows(DomainRuleViolation.class, () -> Booker.named(BookerKind.TRAINER, " "))
            .field());
  }
}
