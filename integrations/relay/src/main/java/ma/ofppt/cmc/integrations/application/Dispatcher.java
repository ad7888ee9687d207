package ma.ofppt.cmc.integrations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import ma.ofppt.cmc.platform.consolidation.ConsolidationHandler;
import ma.ofppt.cmc.platform.consolidation.ConsolidationMessage;
import ma.ofppt.cmc.platform.consolidation.DeadLetters;
import ma.ofppt.cmc.platform.consolidation.Inbox;
import ma.ofppt.cmc.platform.persistence.DatabaseFailures;

/**
 * Hands a message to its consumers: each through {@link Inbox} (applied at most once), each with
 * bounded retries; a message a consumer still cannot apply, or a malformed one, is kept in the dead
 * letters, and then counts as delivered. Only a failure to keep the dead letter itself (the
 * database is gone) leaves here as an exception, so the transport delivers the message again.
 */
@ApplicationScoped
public class Dispatcher {
  private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());

  @Inject Inbox inbox;
  @Inject DeadLetters deadLetters;
  @Inject RelaySettings settings;
  @Inject RelayStatus status;
  @Inject @Any Instance<ConsolidationHandler> handlers;

  /** The consumers that run on this server, with the topics each takes. */
  public Map<String, Set<String>> consumerTopics() {
    return handlers.stream()
        .collect(Collectors.toMap(ConsolidationHandler::name, ConsolidationHandler::topics));
  }

  /** The consumers that run on this server, by name. */
  public List<String> consumers() {
    return handlers.stream().map(ConsolidationHandler::name).sorted().toList();
  }

  /** To one consumer ({@code consumer} named), or to all that handle the topic (null). */
  public void dispatch(String consumer, ConsolidationMessage message) {
    for (ConsolidationHandler handler : handlers) {
      if ((consumer == null || consumer.equals(handler.name()))
          && handler.handles(message.topic())) {
        deliver(handler, message);
      }
    }
  }

  private void deliver(ConsolidationHandler handler, ConsolidationMessage message) {
    int attempts = 0;
    while (true) {
      attempts++;
      try {
        if (inbox.deliver(handler, message) == Inbox.Outcome.APPLIED) {
          status.applied();
        } else {
          status.duplicate();
        }
        return;
      } catch (RuntimeException e) {
        if (DatabaseFailures.isUnavailable(e)) {
          // Not this message's fault: it is delivered again (the broker requeues it, the
          // in-process relay gives its rows back), however long the database is away.
          throw e;
        }
        boolean malformed = causedBy(e, IllegalArgumentException.class);
        if (malformed || attempts >= settings.maxAttempts()) {
          String reason = describe(e);
          LOG.log(
              Level.WARNING,
              () ->
                  handler.name()
                      + " gave up on message "
                      + message.id()
                      + " ("
                      + message.topic()
                      + " from "
                      + message.city()
                      + ") after "
                      + (malformed ? "a malformed payload" : "the last retry")
                      + ": "
                      + reason);
          deadLetters.record(handler.name(), message, reason, attempts);
          status.deadLettered();
          return;
        }
        status.retried();
        pause(attempts);
      }
    }
  }

  private void pause(int attempts) {
    long millis = settings.retryDelay().toMillis() * (1L << Math.min(attempts - 1, 6));
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while retrying a delivery", e);
    }
  }

  static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == e
        ? e.getClass().getSimpleName() + ": " + e.getMessage()
        : e.getClass().getSimpleName()
            + " caused by "
            + root.getClass().getSimpleName()
            + ": "
            + root.getMessage();
  }
}
