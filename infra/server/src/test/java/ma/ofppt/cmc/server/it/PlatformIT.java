package ma.ofppt.cmc.server.it;

import java.io.File;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the black-box integration tests: the real WAR, as built, runs once on Payara Micro over
 * the shared test database (with the demo data of the 12 cities), and tests talk to it over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class PlatformIT {
  @ArquillianResource protected URL baseUrl;

  protected Api api;

  @Deployment(testable = false)
  public static WebArchive platform() {
    File war = new File(System.getProperty("cmc.it.war", "target/cmc-platform.war"));
    // Named ROOT so that Payara Micro serves it at "/", as the runnable jar does.
    return ShrinkWrap.create(WebArchive.class, "ROOT.war")
        .merge(ShrinkWrap.createFromZipFile(WebArchive.class, war));
  }

  @BeforeEach
  void connect() {
    api = new Api(baseUrl);
  }

  protected static TestPlatform testPlatform() {
    return TestPlatform.get();
  }
}
