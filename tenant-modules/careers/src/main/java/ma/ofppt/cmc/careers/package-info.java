/**
 * The career-guidance centre of a city: guidance interactions, placement outcomes after graduation,
 * tracer surveys at 6 and 12 months and insertion rates, and the incubator's projects. Knows
 * trainees only through {@link ma.ofppt.cmc.platform.trainees.TraineeRecords}.
 */
package ma.ofppt.cmc.careers;
