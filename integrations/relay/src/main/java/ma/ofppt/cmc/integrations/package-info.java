/**
 * The consolidation relay (issue 6, ADR 0016): Camel routes that carry each city's outbox to the
 * stores above the cities. The only module that uses Camel.
 */
package ma.ofppt.cmc.integrations;
