package vn.doanthe.platform.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Logger;
import vn.doanthe.platform.boundary.AccessDenied;
import vn.doanthe.platform.boundary.DomainException;
import vn.doanthe.platform.boundary.RecordNotFound;

/**
 * A page opened for a record that does not exist or lies outside the user's scope (answered alike),
 * or that the user may not see: answered with its status, 404 or 403, and its page, and logged in
 * one line. Without this the servlet container answers an exception with status 500 and logs its
 * stack trace each time, although nothing went wrong on our side. Ajax requests are left to
 * OmniFaces' handler, which this one wraps.
 */
public class RefusalPages extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(RefusalPages.class.getName());

    public RefusalPages(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces != null && !faces.getPartialViewContext().isAjaxRequest()) {
                for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
                    DomainException refusal = refusalIn(events.next().getContext().getException());
                    if (refusal != null && !faces.getExternalContext().isResponseCommitted()) {
                        events.remove();
                        answer(faces, refusal);
                    }
                }
            }
            super.handle();
        }

        private static void answer(FacesContext faces, DomainException refusal) {
            ExternalContext external = faces.getExternalContext();
            int status = refusal instanceof RecordNotFound ? 404 : 403;
            LOG.info(() -> "Answered " + status + " to " + external.getRemoteUser() + " for "
                    + external.getRequestServletPath() + ": " + refusal.getMessage());
            try {
                external.responseSendError(status, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }

        private static DomainException refusalIn(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof RecordNotFound || t instanceof AccessDenied) {
                    return (DomainException) t;
                }
            }
            return null;
        }
    }
}
