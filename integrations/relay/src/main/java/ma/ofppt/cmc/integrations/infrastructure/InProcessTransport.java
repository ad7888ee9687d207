package ma.ofppt.cmc.integrations.infrastructure;

import java.util.List;
import ma.ofppt.cmc.integrations.application.Transport;
import ma.ofppt.cmc.platform.consolidation.ConsolidationMessage;

/**
 * The embedded default: a published message is applied by the consumers on the relay's thread
 * before {@link #publish} returns, so the relay marks the outbox row published only after the
 * consumers committed. The outbox row is the durable queue: a restart at any point re-sends what
 * was not marked, and the consumers apply it once.
 */
public final class InProcessTransport implements Transport {
  private volatile Inbound inbound;

  @Override
  public String name() {
    return "in-process";
  }

  @Override
  public void start(Inbound inbound) {
    this.inbound = inbound;
  }

  @Override
  public void publish(List<ConsolidationMessage> messages) throws TransportException {
    Inbound consumers = inbound;
    if (consumers == null) {
      throw new TransportException("the consumers are not started", null);
    }
    for (ConsolidationMessage message : messages) {
      try {
        consumers.accept(null, message);
      } catch (RuntimeException e) {
        throw new TransportException("message " + message.id() + " was not applied", e);
      }
    }
  }

  @Override
  public boolean maintain() {
    return inbound != null;
  }

  @Override
  public boolean isConnected() {
    return inbound != null;
  }

  @Override
  public void stop() {
    inbound = null;
  }
}
