package ma.ofppt.cmc.integrations.application;

import java.util.List;
import ma.ofppt.cmc.platform.consolidation.ConsolidationMessage;

/**
 * How messages travel from the relays to the consumers. {@link #publish} returns only once every
 * message is safe on the other side (confirmed by the broker, or applied by the consumers), so the
 * relay marks outbox rows published only then.
 */
public interface Transport {
  String name();

  /** Starts the consumers; messages arriving are handed to {@code inbound}. */
  void start(Inbound inbound);

  /** Publishes in order; throws when any message could not be made safe. */
  void publish(List<ConsolidationMessage> messages) throws TransportException;

  /** Reconnects what was lost (called on a schedule); true when the transport is usable. */
  boolean maintain();

  boolean isConnected();

  void stop();

  /** The consumer side, as the transports see it. */
  @FunctionalInterface
  interface Inbound {
    /**
     * Applies a message for one consumer, or for every consumer that handles its topic when {@code
     * consumer} is null; returns normally once it is applied or dead-lettered.
     */
    void accept(String consumer, ConsolidationMessage message);
  }

  class TransportException extends Exception {
    public TransportException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
