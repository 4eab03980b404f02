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

    /**
     * The console's root, e.g. http://192.0.2.2:40621/doanthe/. Built from the server root and the
     * context root the WAR declares, not from the path of {@link #base}: the Payara Micro adapter
     * fills that path from the servlets it reads in the server's start-up output, and on a run where
     * it read none it gives the server root, where every page is 404.
     */
    protected String console() {
        return server() + "/" + Deployments.CONTEXT_ROOT + "/";
    }

    protected Api admin() {
        return Api.as(server(), Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
    }

    protected Api anonymous() {
        return Api.anonymous(server());
    }
}
