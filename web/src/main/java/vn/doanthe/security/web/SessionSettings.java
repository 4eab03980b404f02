package vn.doanthe.security.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The console's idle timeout, in minutes, from {@code DOANTHE_SESSION_TIMEOUT} (MicroProfile Config
 * {@code doanthe.session.timeout}); web.xml's 30 minutes otherwise. Bounded to 5..480 so that a typo
 * neither logs everyone out at once nor leaves sessions open for days.
 */
@WebListener
public class SessionSettings implements ServletContextListener {

    static final int MIN_MINUTES = 5;
    static final int MAX_MINUTES = 480;
    private static final Logger LOG = Logger.getLogger(SessionSettings.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ConfigProvider.getConfig().getOptionalValue("doanthe.session.timeout", Integer.class).ifPresent(minutes -> {
            int bounded = Math.max(MIN_MINUTES, Math.min(MAX_MINUTES, minutes));
            event.getServletContext().setSessionTimeout(bounded);
            LOG.info(() -> "Console sessions end after " + bounded + " idle minutes");
        });
    }
}
