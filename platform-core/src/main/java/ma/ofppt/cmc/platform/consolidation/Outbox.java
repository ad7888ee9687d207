package ma.ofppt.cmc.platform.consolidation;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.PreparedStatement;
import java.util.UUID;
import ma.ofppt.cmc.platform.persistence.TenantPersistence;

/**
 * The current city's transactional outbox: what a module publishes here is inserted in the
 * transaction of the change it describes, under the city's binding, so the change and its message
 * commit together or not at all. The city's relay (integrations) publishes it afterwards; nothing
 * is sent from inside the business transaction.
 */
@ApplicationScoped
public class Outbox {
  /** One provider, looked up once: {@code Json.create*} looks it up again on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  public static final String FIGURES_CHANGED = "figures.changed";

  /** {@link #figuresChanged} with this source asks for every source of the city. */
  public static final String ALL_SOURCES = "*";

  private static final String CHANGED_IN_THIS_TRANSACTION = Outbox.class.getName() + ".changed.";

  @Inject TenantPersistence persistence;
  @Resource TransactionSynchronizationRegistry transactions;

  /**
   * Publishes a message of the current city.
   *
   * @param topic dotted lower-case words, e.g. {@code finance.spending-line}
   * @param payloadJson the body, a JSON object
   * @return the message's id, which consumers apply once
   */
  public UUID publish(String topic, String payloadJson) {
    UUID id = UUID.randomUUID();
    persistence.withConnection(
        city -> {
          try (PreparedStatement insert =
              city.connection()
                  .prepareStatement(
                      "insert into outbox_message (tenant_id, id, topic, payload)"
                          + " values (?, ?, ?, ?::jsonb)")) {
            insert.setString(1, city.tenant().value());
            insert.setObject(2, id);
            insert.setString(3, topic);
            insert.setString(4, payloadJson);
            insert.executeUpdate();
          }
          return null;
        });
    return id;
  }

  /**
   * Tells the relay that the figures of {@code source} (a {@link FigureSource#name()}) changed in
   * this transaction; once per source and transaction, however often it is called.
   */
  public void figuresChanged(String source) {
    String key = CHANGED_IN_THIS_TRANSACTION + source;
    if (transactions.getResource(key) != null) {
      return;
    }
    publish(FIGURES_CHANGED, JSON.createObjectBuilder().add("source", source).build().toString());
    transactions.putResource(key, Boolean.TRUE);
  }
}
