package ma.ofppt.cmc.region.infrastructure;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import ma.ofppt.cmc.platform.ledger.CanonicalForm;
import ma.ofppt.cmc.region.domain.EvidenceReference;
import ma.ofppt.cmc.region.domain.LineKind;
import ma.ofppt.cmc.region.domain.ReceivedDigest;
import ma.ofppt.cmc.region.domain.ReceivedEntry;
import ma.ofppt.cmc.region.domain.SpendingLine;

/**
 * The rows of schema {@code region_audit}, written and read on a connection bound to one region's
 * store (the forced policies show it that region's rows only; every statement also names the
 * region, so a mistake in the binding would find nothing rather than another region's rows).
 */
final class AuditTables {
  /** One provider, looked up once: {@code Json.create*} looks it up again on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private AuditTables() {}

  // ---- chain entries

  /** False when the entry was there already (the same entry relayed twice). */
  static boolean insertEntry(Connection sql, String region, ReceivedEntry e, UUID messageId)
      throws SQLException {
    try (PreparedStatement insert =
        sql.prepareStatement(
            """
            insert into region_audit.chain_entry
              (region_code, city_code, entry_id, sequence, type, subject_id, recorded_at,
               previous_hash, hash, actor, facts, message_id)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict do nothing
            """)) {
      insert.setString(1, region);
      insert.setString(2, e.city());
      insert.setObject(3, e.id());
      insert.setLong(4, e.sequence());
      insert.setString(5, e.type());
      insert.setObject(6, e.subjectId());
      insert.setObject(7, OffsetDateTime.ofInstant(e.recordedAt(), ZoneOffset.UTC));
      insert.setString(8, e.previousHash());
      insert.setString(9, e.hash());
      insert.setString(10, e.held().map(ReceivedEntry.Held::actor).orElse(null));
      insert.setString(11, e.held().map(h -> CanonicalForm.facts(h.facts())).orElse(null));
      insert.setObject(12, messageId);
      return insert.executeUpdate() == 1;
    }
  }

  /** True when the region holds the facts of an entry about this subject. */
  static boolean holdsSubject(Connection sql, String region, String city, UUID subject)
      throws SQLException {
    try (PreparedStatement query =
        sql.prepareStatement(
            "select 1 from region_audit.chain_entry where region_code = ? and city_code = ?"
                + " and subject_id = ? and facts is not null limit 1")) {
      query.setString(1, region);
      query.setString(2, city);
      query.setObject(3, subject);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }

  /** True when every entry below {@code sequence} has been received. */
  static boolean receivedAllBelow(Connection sql, String region, String city, long sequence)
      throws SQLException {
    try (PreparedStatement query =
        sql.prepareStatement(
            "select count(distinct sequence) from region_audit.chain_entry"
                + " where region_code = ? and city_code = ? and sequence < ?")) {
      query.setString(1, region);
      query.setString(2, city);
      query.setLong(3, sequence);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1) == sequence - 1;
      }
    }
  }

  /** The city's chain as received, in sequence order. */
  static List<ReceivedEntry> chain(Connection sql, String region, String city) throws SQLException {
    List<ReceivedEntry> entries = new ArrayList<>();
    try (PreparedStatement query =
        sql.prepareStatement(
            """
            select entry_id, sequence, type, subject_id, recorded_at, previous_hash, hash,
                   actor, facts
            from region_audit.chain_entry
            where region_code = ? and city_code = ?
            order by sequence, entry_id
            """)) {
      query.setString(1, region);
      query.setString(2, city);
      query.setFetchSize(1000);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          String facts = rows.getString(9);
          entries.add(
              new ReceivedEntry(
                  city,
                  rows.getLong(2),
                  rows.getObject(1, UUID.class),
                  rows.getString(3),
                  rows.getObject(4, UUID.class),
                  rows.getObject(5, OffsetDateTime.class).toInstant(),
                  rows.getString(6),
                  rows.getString(7),
                  facts == null
                      ? Optional.empty()
                      : Optional.of(
                          new ReceivedEntry.Held(
                              rows.getString(8), CanonicalForm.parseFacts(facts)))));
        }
      }
    }
    return entries;
  }

  // ---- spending lines

  static void insertLine(Connection sql, String region, SpendingLine l) throws SQLException {
    try (PreparedStatement insert =
        sql.prepareStatement(
            """
            insert into region_audit.spending_line
              (region_code, city_code, id, kind, fiscal_year, category, sub_category, label,
               budget_line_ref, commitment_ref, reverses_ref, reference, supplier_identifier,
               amount, region_share, other_shares, currency, status, occurred_on, entry_id,
               ledger_sequence, ledger_hash, status_sequence)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?)
            on conflict do nothing
            """)) {
      insert.setString(1, region);
      insert.setString(2, l.city());
      insert.setObject(3, l.id());
      insert.setString(4, l.kind().name());
      if (l.fiscalYear() == null) {
        insert.setNull(5, Types.INTEGER);
      } else {
        insert.setInt(5, l.fiscalYear());
      }
      insert.setString(6, l.category());
      insert.setString(7, l.subCategory());
      insert.setString(8, l.label());
      insert.setObject(9, l.budgetLineRef());
      insert.setObject(10, l.commitmentRef());
      insert.setObject(11, l.reversesRef());
      insert.setString(12, l.reference());
      insert.setString(13, l.supplierIdentifier());
      insert.setBigDecimal(14, l.amount());
      insert.setBigDecimal(15, l.regionShare());
      insert.setString(16, sharesJson(l.otherShares()));
      insert.setString(17, l.currency());
      insert.setString(18, l.status());
      insert.setDate(19, Date.valueOf(l.occurredOn()));
      insert.setObject(20, l.entryId());
      insert.setLong(21, l.ledgerSequence());
      insert.setString(22, l.ledgerHash());
      insert.setLong(23, l.statusSequence());
      insert.executeUpdate();
    }
  }

  static void setStatus(
      Connection sql, String region, String city, UUID line, String status, long sequence)
      throws SQLException {
    try (PreparedStatement update =
        sql.prepareStatement(
            "update region_audit.spending_line set status = ?, status_sequence = ?"
                + " where region_code = ? and city_code = ? and id = ? and status_sequence < ?")) {
      update.setString(1, status);
      update.setLong(2, sequence);
      update.setString(3, region);
      update.setString(4, city);
      update.setObject(5, line);
      update.setLong(6, sequence);
      update.executeUpdate();
    }
  }

  static boolean lineExists(Connection sql, String region, String city, UUID line)
      throws SQLException {
    try (PreparedStatement query =
        sql.prepareStatement(
            "select 1 from region_audit.spending_line"
                + " where region_code = ? and city_code = ? and id = ?")) {
      query.setString(1, region);
      query.setString(2, city);
      query.setObject(3, line);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }

  static final String LINE_COLUMNS =
      "l.city_code, l.id, l.kind, l.fiscal_year, l.category, l.sub_category, l.label,"
          + " l.budget_line_ref, l.commitment_ref, l.reverses_ref, l.reference,"
          + " l.supplier_identifier, l.amount, l.region_share, l.other_shares::text, l.currency,"
          + " l.status, l.occurred_on, l.entry_id, l.ledger_sequence, l.ledger_hash,"
          + " l.status_sequence";

  /** Reads the 22 columns of {@link #LINE_COLUMNS}, from the first. */
  static SpendingLine line(ResultSet rows) throws SQLException {
    Integer year = rows.getObject(4, Integer.class);
    return new SpendingLine(
        rows.getString(1),
        rows.getObject(2, UUID.class),
        LineKind.valueOf(rows.getString(3)),
        year,
        rows.getString(5),
        rows.getString(6),
        rows.getString(7),
        rows.getObject(8, UUID.class),
        rows.getObject(9, UUID.class),
        rows.getObject(10, UUID.class),
        rows.getString(11),
        rows.getString(12),
        rows.getBigDecimal(13),
        rows.getBigDecimal(14),
        shares(rows.getString(15)),
        rows.getString(16),
        rows.getString(17),
        rows.getDate(18).toLocalDate(),
        rows.getObject(19, UUID.class),
        rows.getLong(20),
        rows.getString(21),
        rows.getLong(22));
  }

  /** The stored lines of a city as they are, for the verifier. */
  static List<SpendingLine> storedLines(Connection sql, String region, String city)
      throws SQLException {
    List<SpendingLine> lines = new ArrayList<>();
    try (PreparedStatement query =
        sql.prepareStatement(
            "select "
                + LINE_COLUMNS
                + " from region_audit.spending_line l where l.region_code = ? and l.city_code = ?"
                + " order by l.ledger_sequence, l.id")) {
      query.setString(1, region);
      query.setString(2, city);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          lines.add(line(rows));
        }
      }
    }
    return lines;
  }

  private static String sharesJson(SortedMap<String, BigDecimal> shares) {
    JsonObjectBuilder json = JSON.createObjectBuilder();
    shares.forEach((funder, share) -> json.add(funder, share.toPlainString()));
    return json.build().toString();
  }

  private static SortedMap<String, BigDecimal> shares(String json) {
    SortedMap<String, BigDecimal> shares = new TreeMap<>();
    try (var reader = JSON.createReader(new StringReader(json))) {
      JsonObject object = reader.readObject();
      for (Map.Entry<String, JsonValue> share : object.entrySet()) {
        shares.put(share.getKey(), new BigDecimal(((JsonString) share.getValue()).getString()));
      }
    }
    return shares;
  }

  // ---- evidence references

  static void insertDocument(Connection sql, String region, EvidenceReference d)
      throws SQLException {
    try (PreparedStatement insert =
        sql.prepareStatement(
            """
            insert into region_audit.evidence_reference
              (region_code, city_code, id, line_id, subject_type, file_name, content_type,
               size_bytes, sha256, entry_id, ledger_sequence, ledger_hash, attached_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict do nothing
            """)) {
      insert.setString(1, region);
      insert.setString(2, d.city());
      insert.setObject(3, d.id());
      insert.setObject(4, d.lineId());
      insert.setString(5, d.subjectType());
      insert.setString(6, d.fileName());
      insert.setString(7, d.contentType());
      insert.setLong(8, d.sizeBytes());
      insert.setString(9, d.sha256());
      insert.setObject(10, d.entryId());
      insert.setLong(11, d.ledgerSequence());
      insert.setString(12, d.ledgerHash());
      insert.setObject(13, OffsetDateTime.ofInstant(d.attachedAt(), ZoneOffset.UTC));
      insert.executeUpdate();
    }
  }

  static final String DOCUMENT_COLUMNS =
      "d.city_code, d.id, d.line_id, d.subject_type, d.file_name, d.content_type, d.size_bytes,"
          + " d.sha256, d.entry_id, d.ledger_sequence, d.ledger_hash, d.attached_at";

  static EvidenceReference document(ResultSet rows) throws SQLException {
    return new EvidenceReference(
        rows.getString(1),
        rows.getObject(2, UUID.class),
        rows.getObject(3, UUID.class),
        rows.getString(4),
        rows.getString(5),
        rows.getString(6),
        rows.getLong(7),
        rows.getString(8),
        rows.getObject(9, UUID.class),
        rows.getLong(10),
        rows.getString(11),
        rows.getObject(12, OffsetDateTime.class).toInstant());
  }

  /** The documents of a city (every line), or of one line. */
  static List<EvidenceReference> documents(Connection sql, String region, String city, UUID line)
      throws SQLException {
    List<EvidenceReference> documents = new ArrayList<>();
    try (PreparedStatement query =
        sql.prepareStatement(
            "select "
                + DOCUMENT_COLUMNS
                + " from region_audit.evidence_reference d where d.region_code = ?"
                + " and d.city_code = ?"
                + (line == null ? "" : " and d.line_id = ?")
                + " order by d.ledger_sequence, d.id")) {
      query.setString(1, region);
      query.setString(2, city);
      if (line != null) {
        query.setObject(3, line);
      }
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          documents.add(document(rows));
        }
      }
    }
    return documents;
  }

  // ---- digests

  static void insertDigest(Connection sql, String region, ReceivedDigest d, UUID messageId)
      throws SQLException {
    try (PreparedStatement insert =
        sql.prepareStatement(
            """
            insert into region_audit.ledger_digest
              (region_code, city_code, id, entry_count, head_hash, produced_at, key_id,
               signature, public_key, message_id)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict do nothing
            """)) {
      insert.setString(1, region);
      insert.setString(2, d.city());
      insert.setObject(3, d.id());
      insert.setLong(4, d.entryCount());
      insert.setString(5, d.headHash());
      insert.setObject(6, OffsetDateTime.ofInstant(d.producedAt(), ZoneOffset.UTC));
      insert.setString(7, d.keyId());
      insert.setString(8, d.signature());
      insert.setString(9, d.publicKeyPem());
      insert.setObject(10, messageId);
      insert.executeUpdate();
    }
  }

  static final String DIGEST_COLUMNS =
      "id, city_code, entry_count, head_hash, produced_at, key_id, signature, public_key,"
          + " received_at";

  static ReceivedDigest digest(ResultSet rows) throws SQLException {
    return new ReceivedDigest(
        rows.getObject(1, UUID.class),
        rows.getString(2),
        rows.getLong(3),
        rows.getString(4),
        rows.getObject(5, OffsetDateTime.class).toInstant(),
        rows.getString(6),
        rows.getString(7),
        rows.getString(8),
        rows.getObject(9, OffsetDateTime.class).toInstant());
  }
}
