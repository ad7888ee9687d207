package ma.ofppt.cmc.boarding.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import ma.ofppt.cmc.boarding.domain.Sex;
import ma.ofppt.cmc.boarding.domain.Wing;
import ma.ofppt.cmc.platform.domain.LocalizedName;
import ma.ofppt.cmc.platform.offer.OfferedProgrammes;
import ma.ofppt.cmc.platform.tenancy.DemoDataContributor;
import ma.ofppt.cmc.platform.tenancy.TenantId;

/**
 * The demo boarding house of each city: a women's and a men's wing of equal size, rooms of four
 * beds. Tamansourt has its published 448 beds; every other city gets beds for the programme's 16 %
 * of the seats of its demo offer, rounded down to whole rooms (illustrative, see
 * docs/demo-data.md). No applications or assignments: those come from real trainees.
 */
@ApplicationScoped
public class BoardingDemoData implements DemoDataContributor {
  public static final String ACADEMIC_YEAR = "2025-2026";
  static final int BEDS_PER_ROOM = 4;
  static final Map<String, Integer> PUBLISHED_BEDS = Map.of("marrakech-safi", 448);

  @Inject HouseService houses;
  @Inject OfferedProgrammes offer;

  @Override
  public int order() {
    return 150;
  }

  @Override
  public void contribute(TenantId city) {
    if (!houses.wings().isEmpty()) {
      return;
    }
    int seats = offer.offeredIn(ACADEMIC_YEAR).stream().mapToInt(p -> p.totalSeats()).sum();
    int roomsPerWing = roomsPerWing(PUBLISHED_BEDS.get(city.value()), seats);
    if (roomsPerWing == 0) {
      return;
    }
    Wing women = houses.createWing("F", LocalizedName.of("Aile des filles", "جناح الفتيات"), Sex.F);
    Wing men = houses.createWing("M", LocalizedName.of("Aile des garçons", "جناح الفتيان"), Sex.M);
    for (int i = 1; i <= roomsPerWing; i++) {
      houses.createRoom(String.format("F%03d", i), women.id(), BEDS_PER_ROOM);
      houses.createRoom(String.format("M%03d", i), men.id(), BEDS_PER_ROOM);
    }
  }

  /**
   * Rooms of each wing: half the published beds where a figure exists, otherwise half of 16 % of
   * the seats, in whole rooms of four.
   */
  static int roomsPerWing(Integer publishedBeds, int seats) {
    int beds = publishedBeds != null ? publishedBeds : seats * 16 / 100;
    return beds / (2 * BEDS_PER_ROOM);
  }
}
