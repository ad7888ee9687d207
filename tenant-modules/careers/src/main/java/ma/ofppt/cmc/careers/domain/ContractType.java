package ma.ofppt.cmc.careers.domain;

/** The contract of an employed graduate (Moroccan labour-code terms). */
public enum ContractType {
  /** Contrat à durée indéterminée. */
  PERMANENT,
  /** Contrat à durée déterminée. */
  FIXED_TERM,
  /** Through a temporary-work agency (intérim). */
  INTERIM,
  /** Contrat d'insertion (ANAPEC / Idmaj) or apprenticeship. */
  INSERTION_CONTRACT,
  /** Working without a written contract or social-security declaration. */
  INFORMAL,
  OTHER
}
