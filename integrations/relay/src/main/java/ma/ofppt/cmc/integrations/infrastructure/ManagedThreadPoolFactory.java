package ma.ofppt.cmc.integrations.infrastructure;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.support.DefaultThreadPoolFactory;

/** Camel's thread pools, with the container's threads in them. */
public final class ManagedThreadPoolFactory extends DefaultThreadPoolFactory {
  private final ManagedThreads threads;

  public ManagedThreadPoolFactory(ManagedThreads threads) {
    this.threads = threads;
  }

  @Override
  public ExecutorService newCachedThreadPool(ThreadFactory ignored) {
    return super.newCachedThreadPool(threads);
  }

  @Override
  public ExecutorService newThreadPool(ThreadPoolProfile profile, ThreadFactory ignored) {
    return super.newThreadPool(profile, threads);
  }

  @Override
  public ScheduledExecutorService newScheduledThreadPool(
      ThreadPoolProfile profile, ThreadFactory ignored) {
    return super.newScheduledThreadPool(profile, threads);
  }
}
