/**
 * The regional councils' audit stores (issue 6, ADR 0018): what each region receives of its city's
 * ledger, the spending lines it co-funds, and their verification, read by the region's auditors. No
 * Camel here: messages arrive through platform-core's {@code Inbox}, whatever the transport.
 */
package ma.ofppt.cmc.region;
