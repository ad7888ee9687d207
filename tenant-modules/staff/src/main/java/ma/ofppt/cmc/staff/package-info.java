/**
 * Staff of a city: trainers and administrative staff, their contracts, qualifications and pole, and
 * teaching assignments to training groups within each trainer's weekly ceiling. Knows programmes
 * and groups only through the published interfaces of platform-core.
 */
package ma.ofppt.cmc.staff;
