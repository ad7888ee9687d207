/**
 * The pedagogical platforms and shared facilities of a city: resources with their kind, capacity
 * and opening hours, bookings that never overlap (enforced by the database), cancellation and
 * utilisation.
 */
package ma.ofppt.cmc.facilities;
