package ma.ofppt.cmc.careers.domain;

import java.util.Locale;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;

/**
 * A graduate's answer to a tracer survey: the situation at the reference date and what that
 * situation requires. An employed graduate has a sector, a contract and whether the job is in the
 * field of training; a graduate abroad has a country (ISO 3166 alpha-2, not Morocco) and, when
 * there is one, the mobility programme (e.g. THAMM); a self-employed graduate may say the business
 * is an incubator start-up. Details that do not belong to the situation are refused rather than
 * silently kept, so a count per contract type never includes a graduate who is studying.
 */
public record SurveyAnswer(
    Situation situation,
    String sectorCode,
    ContractType contractType,
    Boolean inFieldOfTraining,
    boolean incubatorStartup,
    String country,
    String mobilityProgramme) {

  public SurveyAnswer {
    DomainRuleViolation.require(situation != null, "situation", "required");
    boolean working =
        situation == Situation.EMPLOYED
            || situation == Situation.SELF_EMPLOYED
            || situation == Situation.INTERNATIONAL_MOBILITY;
    if (situation == Situation.EMPLOYED) {
      sectorCode = NationalSectors.require(sectorCode, "sectorCode");
      DomainRuleViolation.require(contractType != null, "contractType", "required when employed");
      DomainRuleViolation.require(
          inFieldOfTraining != null, "inFieldOfTraining", "required when employed");
    } else if (working) {
      sectorCode =
          sectorCode == null || sectorCode.isBlank()
              ? null
              : NationalSectors.require(sectorCode, "sectorCode");
    } else {
      DomainRuleViolation.require(
          sectorCode == null || sectorCode.isBlank(), "sectorCode", "only for a graduate at work");
      DomainRuleViolation.require(
          inFieldOfTraining == null, "inFieldOfTraining", "only for a graduate at work");
      sectorCode = null;
    }
    DomainRuleViolation.require(
        contractType == null
            || situation == Situation.EMPLOYED
            || situation == Situation.INTERNATIONAL_MOBILITY,
        "contractType",
        "only for an employed graduate");
    DomainRuleViolation.require(
        !incubatorStartup || situation == Situation.SELF_EMPLOYED,
        "incubatorStartup",
        "only for a self-employed graduate");
    if (situation == Situation.INTERNATIONAL_MOBILITY) {
      String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
      DomainRuleViolation.require(
          code.matches("[A-Z]{2}"), "country", "an ISO 3166 alpha-2 code, e.g. DE");
      DomainRuleViolation.require(!code.equals("MA"), "country", "abroad: not MA");
      country = code;
      mobilityProgramme = Texts.optional(mobilityProgramme, "mobilityProgramme", 100);
    } else {
      DomainRuleViolation.require(
          country == null || country.isBlank(), "country", "only for international mobility");
      DomainRuleViolation.require(
          mobilityProgramme == null || mobilityProgramme.isBlank(),
          "mobilityProgramme",
          "only for international mobility");
      country = null;
      mobilityProgramme = null;
    }
  }
}
