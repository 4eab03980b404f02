package vn.doanthe.platform.web;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.List;
import java.util.Locale;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import vn.doanthe.platform.boundary.DomainException;
import vn.doanthe.platform.boundary.InvalidInput;

/**
 * Messages for the console user: a refusal lands next to the field it is about, in the user's
 * language; a success is a short note at the top of the page.
 */
public final class Feedback {

    private Feedback() {
    }

    public static void info(String bundleKey, Object... arguments) {
        Messages.addGlobalInfo(Texts.get(bundleKey, arguments));
    }

    /** Shows why a command was refused, next to {@code form:field} when the form has such a field. */
    public static void refused(DomainException e, String form) {
        Locale locale = ChosenLanguage.current();
        List<? extends DomainException> each = e instanceof InvalidInput mistakes ? mistakes.each() : List.of(e);
        each.forEach(mistake -> add(form, mistake.field(), DomainMessages.text(mistake, locale)));
        Faces.validationFailed();
    }

    /** Shows Bean Validation refusals from a boundary next to their fields. */
    public static void refused(ConstraintViolationException e, String form) {
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            add(form, lastNode(violation.getPropertyPath()), DomainMessages.text(violation, ChosenLanguage.current()));
        }
        Faces.validationFailed();
    }

    /** Runs a command of a page; a refusal becomes messages, anything else propagates to the error page. */
    public static boolean attempt(String form, Runnable command) {
        try {
            command.run();
            return true;
        } catch (DomainException e) {
            refused(e, form);
        } catch (ConstraintViolationException e) {
            refused(e, form);
        } catch (EJBException e) {
            if (e.getCause() instanceof ConstraintViolationException violations) {
                refused(violations, form);
            } else {
                throw e;
            }
        }
        return false;
    }

    private static void add(String form, String field, String text) {
        FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
        FacesContext context = FacesContext.getCurrentInstance();
        if (field != null && form != null) {
            // A mistake in an item of a list ("topics[2].title") shows beside the list's field; one in
            // a part of a field ("strong.attendance") beside the input named with an underscore.
            String id = (field.contains("[") ? field.substring(0, field.indexOf('[')) : field).replace('.', '_');
            UIComponent component = id.isEmpty() ? null : context.getViewRoot().findComponent(":" + form + ":" + id);
            if (component != null) {
                context.addMessage(component.getClientId(context), message);
                return;
            }
        }
        context.addMessage(null, message);
    }

    private static String lastNode(Path path) {
        String last = null;
        for (Path.Node node : path) {
            last = node.getName();
        }
        return last;
    }
}
