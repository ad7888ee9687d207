package ma.ofppt.cmc.boarding.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import ma.ofppt.cmc.boarding.domain.Bed;
import ma.ofppt.cmc.boarding.domain.BoardingHouse;
import ma.ofppt.cmc.boarding.domain.Room;
import ma.ofppt.cmc.boarding.domain.Sex;
import ma.ofppt.cmc.boarding.domain.Wing;
import ma.ofppt.cmc.platform.audit.AuditTrail;
import ma.ofppt.cmc.platform.consolidation.Outbox;
import ma.ofppt.cmc.platform.domain.ConflictException;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.domain.LocalizedName;
import ma.ofppt.cmc.platform.domain.NotFoundException;
import ma.ofppt.cmc.platform.domain.PageRequest;

/** The buildings of the boarding house: wings, rooms and beds. Each change audited. */
@ApplicationScoped
public class HouseService {
  @Inject BoardingHouse house;
  @Inject AuditTrail audit;
  @Inject Outbox outbox;

  /** A room and its beds, as read together. */
  public record FurnishedRoom(Room room, List<Bed> beds) {}

  @Transactional
  public List<Wing> wings() {
    return house.wings();
  }

  @Transactional
  public Wing wing(UUID id) {
    return house.wing(id).orElseThrow(() -> new NotFoundException("wing", id));
  }

  @Transactional
  public Wing createWing(String code, LocalizedName name, Sex sex) {
    Wing wing = new Wing(code, name, sex);
    if (house.wingCodeTaken(wing.code())) {
      throw new ConflictException("code", "this city already has a wing " + wing.code());
    }
    house.add(wing);
    audit.record(
        "boarding.wing-created", "boarding_wing", wing.id(), wing.code() + " " + wing.sex());
    return wing;
  }

  @Transactional
  public FurnishedRoom createRoom(String code, UUID wingId, int beds) {
    DomainRuleViolation.require(wingId != null, "wingId", "required");
    Wing wing =
        house
            .wing(wingId)
            .orElseThrow(
                () -> new DomainRuleViolation("wingId", "no wing of this city has this id"));
    Room room = new Room(code, wing);
    List<Bed> made = room.furnish(beds);
    if (house.roomCodeTaken(room.code())) {
      throw new ConflictException("code", "this city already has a room " + room.code());
    }
    house.add(room, made);
    audit.record(
        "boarding.room-created",
        "boarding_room",
        room.id(),
        room.code() + " in " + wing.code() + ", " + beds + " beds");
    outbox.figuresChanged(BoardingFigureSource.NAME);
    return new FurnishedRoom(room, made);
  }

  @Transactional
  public FurnishedRoom room(UUID id) {
    Room room = house.room(id).orElseThrow(() -> new NotFoundException("room", id));
    return new FurnishedRoom(room, house.bedsOf(room.id()));
  }

  @Transactional
  public BoardingHouse.Page<FurnishedRoom> rooms(UUID wingId, PageRequest page) {
    BoardingHouse.Page<Room> rooms = house.rooms(wingId, page.offset(), page.size());
    return new BoardingHouse.Page<>(
        rooms.items().stream().map(r -> new FurnishedRoom(r, house.bedsOf(r.id()))).toList(),
        rooms.total());
  }
}
