/**
 * Reading bulk uploads of applications, the way online-registration exports arrive: {@link
 * ma.ofppt.cmc.admissions.infrastructure.importing.TabularReader} streams the rows of a CSV or XLSX
 * file in constant memory, and {@link
 * ma.ofppt.cmc.admissions.infrastructure.importing.ApplicationRowMapper} turns each row into an
 * application or a list of (row, field, reason) errors. Pure Java: no persistence, no container;
 * the importer that stores rows (idempotently, by {@link
 * ma.ofppt.cmc.admissions.infrastructure.importing.ApplicationRow#fingerprint()}) builds on it.
 */
package ma.ofppt.cmc.admissions.infrastructure.importing;
