package ma.ofppt.cmc.finance.domain;

/** How a commitment binds the city: a contract (marché) or a purchase order (bon de commande). */
public enum CommitmentKind {
  CONTRACT,
  PURCHASE_ORDER
}
