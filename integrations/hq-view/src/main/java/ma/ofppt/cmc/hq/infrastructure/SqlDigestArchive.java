package ma.ofppt.cmc.hq.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import ma.ofppt.cmc.hq.domain.DigestArchive;
import ma.ofppt.cmc.hq.domain.ReceivedDigest;

/** The digests in {@code hq.ledger_digest}. */
@ApplicationScoped
class SqlDigestArchive implements DigestArchive {
  private static final String SELECT =
      "select city_code, id, entry_count, head_hash, produced_at, key_id, signature, public_key,"
          + " received_at from hq.ledger_digest";

  @Inject StoreSql sql;

  @Override
  public List<ReceivedDigest> latest() {
    return sql.list(
        "select distinct on (city_code) * from ("
            + SELECT
            + ") d"
            + " order by city_code, produced_at desc, id",
        SqlDigestArchive::digest);
  }

  @Override
  public List<ReceivedDigest> of(String city) {
    return sql.list(
        SELECT + " where city_code = ? order by produced_at desc, id",
        SqlDigestArchive::digest,
        city);
  }

  private static ReceivedDigest digest(ResultSet row) throws SQLException {
    return new ReceivedDigest(
        row.getString(1),
        row.getObject(2, UUID.class),
        row.getLong(3),
        row.getString(4),
        row.getTimestamp(5).toInstant(),
        row.getString(6),
        row.getString(7),
        row.getString(8),
        row.getTimestamp(9).toInstant());
  }
}
