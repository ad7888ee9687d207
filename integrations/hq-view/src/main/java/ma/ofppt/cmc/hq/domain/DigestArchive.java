package ma.ofppt.cmc.hq.domain;

import java.util.List;

/** The cities' ledger digests HQ keeps. */
public interface DigestArchive {

  /** Each city's most recent digest, by city. */
  List<ReceivedDigest> latest();

  /** Every digest of one city, newest first. */
  List<ReceivedDigest> of(String city);
}
