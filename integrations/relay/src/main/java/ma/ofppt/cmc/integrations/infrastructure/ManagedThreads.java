package ma.ofppt.cmc.integrations.infrastructure;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Threads the container knows: Camel's and the RabbitMQ client's work (transactions, CDI, JPA) runs
 * on threads of the server's managed thread factory, never on bare JVM threads.
 */
public final class ManagedThreads implements ThreadFactory {
  static final String FACTORY = "java:comp/DefaultManagedThreadFactory";

  private final ManagedThreadFactory factory;
  private final String prefix;
  private final AtomicInteger count = new AtomicInteger();

  private ManagedThreads(ManagedThreadFactory factory, String prefix) {
    this.factory = factory;
    this.prefix = prefix;
  }

  /** Looked up, not injected (an injected one is looked up under java:comp/env here). */
  public static ManagedThreads named(String prefix) throws NamingException {
    return new ManagedThreads(InitialContext.doLookup(FACTORY), prefix);
  }

  public ManagedThreads withPrefix(String other) {
    return new ManagedThreads(factory, other);
  }

  @Override
  public Thread newThread(Runnable work) {
    Thread thread = factory.newThread(work);
    thread.setName(prefix + "-" + count.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  }

  public ExecutorService pool(int threads) {
    return Executors.newFixedThreadPool(threads, this);
  }
}
