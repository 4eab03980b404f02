package vn.doanthe.testing;

import java.net.URL;
import org.jboss.arquillian.test.api.ArquillianResource;

/** A test that calls the deployed application from outside, as an API client or a browser would. */
public abstract class ClientTest {

    @ArquillianResource
    protected URL base;

    /** The server root, e.g. http://192.0.2.2:40621. */
    protected String server() {
        return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    }

    protected Api admin() {
        return Api.as(server(), Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
    }

    protected Api anonymous() {
        return Api.anonymous(server());
    }
}
