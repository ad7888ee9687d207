/**
 * Selection of an intake, as pure domain code: each programme {@link
 * ma.ofppt.cmc.admissions.domain.selection.Ranking ranks} its candidates by its {@link
 * ma.ofppt.cmc.admissions.domain.selection.SelectionCriteria weighted criteria}, ties broken by
 * criterion and then by the intake's published {@link
 * ma.ofppt.cmc.admissions.domain.selection.Lottery lottery}; {@link
 * ma.ofppt.cmc.admissions.domain.selection.DeferredAcceptance deferred acceptance} then allocates
 * the first-year seats over the applicants' ranked wishes, giving offers, waitlists and an outcome
 * per wish. Everything here is deterministic: the same applications and seed give the same result,
 * whatever order they are read in.
 */
package ma.ofppt.cmc.admissions.domain.selection;
