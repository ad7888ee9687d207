package ma.ofppt.cmc.hq.domain;

import java.util.List;
import java.util.Set;

/** The periods HQ closed per city, and the history of every close and reopen. */
public interface PeriodBook {

  /** The period as it stands. */
  CityPeriod find(String city, Period period);

  /** The period as it stands, locked against a concurrent close, reopen or snapshot. */
  CityPeriod lock(String city, Period period);

  /** Records a close: from now on the city's snapshots leave the period's figures as they are. */
  void closed(CityPeriod period, PeriodEvent event);

  /**
   * Records a reopen and puts the latest figures HQ received of the city and period in place of the
   * frozen ones, at once.
   */
  void reopened(CityPeriod period, PeriodEvent event);

  /** The periods closed now, of one city or (null) of all. */
  List<CityPeriod> closedPeriods(String city);

  Set<String> closedPeriodsOf(String city);

  /** Events newest first, of one city and period, or any of them null for all. */
  List<PeriodEvent> events(String city, Period period);
}
