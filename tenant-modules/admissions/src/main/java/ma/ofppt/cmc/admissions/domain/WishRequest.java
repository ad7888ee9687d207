package ma.ofppt.cmc.admissions.domain;

import ma.ofppt.cmc.platform.offer.OfferedProgrammes.OfferedProgramme;

/** A wish as asked for: a programme the city offers in the intake, and the score inputs. */
public record WishRequest(OfferedProgramme programme, ScoreInputs scores) {}
