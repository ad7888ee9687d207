/**
 * Budgets and co-funded spending of a city: funding agreements with the Region, the State, OFPPT
 * and the Hassan II Fund, budget lines split exactly across them, commitments, invoices and
 * payments that never overspend a funder's share, corrections as reversals, and evidence. Every
 * financial event goes to the city's ledger through {@link ma.ofppt.cmc.platform.ledger.Ledger}.
 */
package ma.ofppt.cmc.finance;
