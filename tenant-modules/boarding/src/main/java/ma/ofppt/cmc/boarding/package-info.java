/**
 * The boarding house of a city: rooms and beds by wing, applications for a bed ranked by an
 * explicit policy, bed assignments that never overlap (enforced by the database), check-in and
 * check-out, occupancy and catering. Knows trainees only through {@link
 * ma.ofppt.cmc.platform.trainees.TraineeRecords}.
 */
package ma.ofppt.cmc.boarding;
