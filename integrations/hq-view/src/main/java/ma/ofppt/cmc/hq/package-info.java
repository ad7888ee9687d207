/**
 * HQ's national store (OFPPT headquarters): the aggregate figures and ledger digests the cities'
 * relays deliver, applied at most once through the platform's {@code Inbox}; national figures per
 * city, region, sector, pole, level and period with ratios derived from summed counts; the close
 * and reopen of a city's periods; a reconciliation that checks HQ against the cities; exports. HQ
 * reads only its own store ({@code app.store = 'hq'}), never a city's tables; the one thing a city
 * reads here is the history of its own periods.
 */
package ma.ofppt.cmc.hq;
