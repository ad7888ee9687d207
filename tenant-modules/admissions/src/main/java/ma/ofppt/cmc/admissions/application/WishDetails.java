package ma.ofppt.cmc.admissions.application;

import java.math.BigDecimal;

/** A wish as entered: a programme code of the city and the score inputs. */
public record WishDetails(
    String programmeCode,
    BigDecimal gradeAverage,
    BigDecimal testScore,
    BigDecimal interviewScore) {}
