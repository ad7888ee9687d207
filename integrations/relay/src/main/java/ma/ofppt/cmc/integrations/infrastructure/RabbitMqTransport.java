package ma.ofppt.cmc.integrations.infrastructure;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import com.rabbitmq.client.ShutdownSignalException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import ma.ofppt.cmc.integrations.application.Transport;
import ma.ofppt.cmc.platform.consolidation.ConsolidationMessage;

/**
 * RabbitMQ: one durable topic exchange, one durable quorum queue per consumer bound to every topic.
 * Publishing waits for the broker's confirms (a message is safe only when confirmed, and mandatory:
 * a message no queue takes is refused); consumers acknowledge manually, after the message's effect
 * committed, and give a message back (requeue) when it could not be applied or dead-lettered. The
 * connection is kept by {@link #maintain()}, called on a schedule: a broker that went away is
 * reconnected, topology declared again and consumers restarted.
 */
public final class RabbitMqTransport implements Transport {
  private static final Logger LOG = Logger.getLogger(RabbitMqTransport.class.getName());
  private static final Duration CONFIRM_TIMEOUT = Duration.ofSeconds(10);
  private static final int PREFETCH = 50;

  private final ConnectionFactory factory;
  private final String exchange;
  private final String queuePrefix;
  private final long queueExpiryMillis;
  private final Map<String, Set<String>> consumers;
  private final ManagedThreads threads;
  private volatile Inbound inbound;
  private volatile Connection connection;
  private Channel publishing;
  private ExecutorService consumerThreads;
  private volatile String lastProblem;

  public RabbitMqTransport(
      String host,
      int port,
      String username,
      String password,
      String virtualHost,
      String namespace,
      long queueExpiryMillis,
      Map<String, Set<String>> consumers,
      ManagedThreads threads) {
    this.exchange = namespace;
    this.queuePrefix = namespace + ".";
    this.queueExpiryMillis = queueExpiryMillis;
    this.factory = new ConnectionFactory();
    factory.setHost(host);
    factory.setPort(port);
    factory.setUsername(username);
    factory.setPassword(password);
    factory.setVirtualHost(virtualHost);
    factory.setConnectionTimeout(5_000);
    factory.setRequestedHeartbeat(10);
    // Reconnection is ours (maintain()), so that topology and consumers come back with it.
    factory.setAutomaticRecoveryEnabled(false);
    factory.setTopologyRecoveryEnabled(false);
    factory.setThreadFactory(threads.withPrefix("cmc-rabbitmq-io"));
    this.consumers = Map.copyOf(consumers);
    this.threads = threads;
  }

  @Override
  public String name() {
    return "rabbitmq";
  }

  @Override
  public void start(Inbound inbound) {
    this.inbound = inbound;
    maintain();
  }

  @Override
  public synchronized boolean maintain() {
    if (connection != null && connection.isOpen()) {
      return true;
    }
    closeQuietly();
    try {
      consumerThreads =
          threads.withPrefix("cmc-rabbitmq-consumer").pool(Math.max(2, consumers.size()));
      Connection opened = factory.newConnection(consumerThreads, "cmc-platform");
      Channel topology = opened.createChannel();
      // With an expiry (tests: one namespace per run), unused queues go away and the exchange
      // with their last binding; in production neither expires.
      boolean expires = queueExpiryMillis > 0;
      topology.exchangeDeclare(exchange, BuiltinExchangeType.TOPIC, true, expires, Map.of());
      Map<String, Object> arguments = new HashMap<>();
      arguments.put("x-queue-type", "quorum");
      if (expires) {
        arguments.put("x-expires", queueExpiryMillis);
      }
      for (Map.Entry<String, Set<String>> consumer : consumers.entrySet()) {
        String queue = queuePrefix + consumer.getKey();
        topology.queueDeclare(queue, true, false, false, arguments);
        for (String topic : consumer.getValue()) {
          topology.queueBind(queue, exchange, topic);
        }
      }
      topology.close();
      Channel publisher = opened.createChannel();
      publisher.confirmSelect();
      for (String consumer : consumers.keySet()) {
        Channel channel = opened.createChannel();
        channel.basicQos(PREFETCH);
        channel.basicConsume(
            queuePrefix + consumer, false, "cmc-" + consumer, new Delivery(channel, consumer));
      }
      publishing = publisher;
      connection = opened;
      if (lastProblem != null) {
        LOG.info(
            () -> "RabbitMQ is reachable again at " + factory.getHost() + ":" + factory.getPort());
      }
      lastProblem = null;
      return true;
    } catch (IOException | TimeoutException | RuntimeException e) {
      String problem = e.getClass().getSimpleName() + ": " + e.getMessage();
      if (!problem.equals(lastProblem)) {
        LOG.warning(
            () ->
                "RabbitMQ at "
                    + factory.getHost()
                    + ":"
                    + factory.getPort()
                    + " is not reachable: "
                    + problem);
      }
      lastProblem = problem;
      closeQuietly();
      return false;
    }
  }

  @Override
  public boolean isConnected() {
    Connection current = connection;
    return current != null && current.isOpen();
  }

  @Override
  public synchronized void publish(List<ConsolidationMessage> messages) throws TransportException {
    if (!maintain()) {
      throw new TransportException("RabbitMQ is not reachable: " + lastProblem, null);
    }
    try {
      for (ConsolidationMessage message : messages) {
        publishing.basicPublish(
            exchange,
            message.topic(),
            true,
            properties(message),
            message.payload().getBytes(StandardCharsets.UTF_8));
      }
      publishing.waitForConfirmsOrDie(CONFIRM_TIMEOUT.toMillis());
    } catch (IOException | TimeoutException | ShutdownSignalException | InterruptedException e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      closeQuietly();
      throw new TransportException("RabbitMQ did not confirm the batch", e);
    }
  }

  private static AMQP.BasicProperties properties(ConsolidationMessage message) {
    return new AMQP.BasicProperties.Builder()
        .messageId(message.id().toString())
        .type(message.topic())
        .contentType("application/json")
        .contentEncoding("UTF-8")
        .deliveryMode(2)
        .timestamp(Date.from(message.occurredAt()))
        .headers(
            Map.of(
                "city", message.city(),
                "region", message.region(),
                "occurred-at", message.occurredAt().toString()))
        .build();
  }

  static ConsolidationMessage message(AMQP.BasicProperties properties, byte[] body) {
    Map<String, Object> headers = properties.getHeaders();
    if (headers == null || properties.getMessageId() == null || properties.getType() == null) {
      throw new IllegalArgumentException("a consolidation message needs its id, type and headers");
    }
    return new ConsolidationMessage(
        UUID.fromString(properties.getMessageId()),
        properties.getType(),
        String.valueOf(headers.get("city")),
        String.valueOf(headers.get("region")),
        Instant.parse(String.valueOf(headers.get("occurred-at"))),
        new String(body, StandardCharsets.UTF_8));
  }

  /** One consumer's deliveries: applied, then acknowledged; given back when that failed. */
  private final class Delivery extends DefaultConsumer {
    private final String consumer;

    Delivery(Channel channel, String consumer) {
      super(channel);
      this.consumer = consumer;
    }

    @Override
    public void handleDelivery(
        String tag, Envelope envelope, AMQP.BasicProperties properties, byte[] body)
        throws IOException {
      ConsolidationMessage message;
      try {
        message = message(properties, body);
      } catch (RuntimeException e) {
        // Not ours to apply, and never will be: refused without requeue, logged with what it was.
        LOG.log(
            Level.WARNING,
            "a message without the consolidation headers was refused: " + properties,
            e);
        getChannel().basicReject(envelope.getDeliveryTag(), false);
        return;
      }
      try {
        inbound.accept(consumer, message);
        getChannel().basicAck(envelope.getDeliveryTag(), false);
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING,
            consumer + " could not apply or keep message " + message.id() + "; it is given back",
            e);
        pause();
        getChannel().basicNack(envelope.getDeliveryTag(), false, true);
      }
    }

    private void pause() {
      try {
        TimeUnit.SECONDS.sleep(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public synchronized void stop() {
    inbound = null;
    closeQuietly();
  }

  private void closeQuietly() {
    Connection current = connection;
    connection = null;
    publishing = null;
    if (current != null) {
      try {
        current.abort(2_000);
      } catch (RuntimeException e) {
        LOG.log(Level.FINE, "closing a broken RabbitMQ connection", e);
      }
    }
    if (consumerThreads != null) {
      consumerThreads.shutdownNow();
      consumerThreads = null;
    }
  }
}
