package ma.ofppt.cmc.server.it;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

/**
 * The Payara Micro connector starts a new server for every deployment (about 30 s each here). Every
 * integration test deploys the same, real WAR, so this container starts it once, on the shared test
 * database, hands the same server to every test class, and stops it when Arquillian stops the
 * container at the end of the run.
 */
public class SharedPayaraMicro extends PayaraMicroDeployableContainer {
  private static ProtocolMetaData running;
  private static Exception failed;
  private PayaraMicroContainerConfiguration configuration;

  @Override
  public void setup(PayaraMicroContainerConfiguration configuration) {
    super.setup(configuration);
    this.configuration = configuration;
  }

  @Override
  public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
    if (running != null) {
      return running;
    }
    if (failed != null) {
      // One failed start fails every later test class at once: another start would cost minutes
      // on the same machine and leave one more server behind.
      throw new DeploymentException("Payara Micro did not start for an earlier test class", failed);
    }
    TestPlatform platform = TestPlatform.get();
    configuration.setCmdOptions(String.join(" ", platform.serverJvmOptions()));
    try {
      ProtocolMetaData started = super.deploy(archive);
      if (started == null) {
        throw new DeploymentException("Payara Micro did not start; see its output above");
      }
      running = started;
      return running;
    } catch (DeploymentException | RuntimeException e) {
      failed = e;
      // The connector leaves the process running when it finds no deployed application (a start
      // slower than its timeout): stop it, or it keeps a core busy for the rest of the run.
      super.undeploy((Archive<?>) null);
      throw e;
    }
  }

  @Override
  public void undeploy(Archive<?> archive) {
    // Kept for the next test class; stopped once, in stop().
  }

  @Override
  public synchronized void stop() throws LifecycleException {
    if (running != null) {
      try {
        super.undeploy((Archive<?>) null);
      } catch (DeploymentException e) {
        throw new LifecycleException("could not stop Payara Micro", e);
      } finally {
        running = null;
      }
    }
    super.stop();
  }
}
