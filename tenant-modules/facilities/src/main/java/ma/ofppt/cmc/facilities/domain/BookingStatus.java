package ma.ofppt.cmc.facilities.domain;

/** A booking holds its slot while BOOKED; a CANCELLED one stays on record and frees the slot. */
public enum BookingStatus {
  BOOKED,
  CANCELLED
}
