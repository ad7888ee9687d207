package ma.ofppt.cmc.platform.consolidation;

import java.util.List;

/**
 * What a tenant module contributes to the national figures: its aggregates for the current city,
 * computed from its own tables through the city's binding (it is called inside a transaction bound
 * to the city, by the city's relay). Implementations are CDI beans; the relay finds them all.
 *
 * <p>A source returns the whole of its figures for the city, every period it has data for. HQ
 * replaces what it held from this source for this city with what it receives (except for periods HQ
 * has closed), so a figure that disappears at the source disappears at HQ too.
 *
 * <p>A module tells the relay that its figures changed by {@link Outbox#figuresChanged(String)} in
 * the transaction of the change; the relay then recomputes that source and publishes the result.
 * Figures carry no personal data (law 09-08: minimisation): counts and amounts only.
 */
public interface FigureSource {

  /** A stable name, lower case: {@code admissions}, {@code boarding}, {@code finance}... */
  String name();

  /** Every figure of this source for the current city. */
  List<Figure> figures();
}
