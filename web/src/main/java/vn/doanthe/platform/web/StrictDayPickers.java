package vn.doanthe.platform.web;

import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import org.primefaces.component.datepicker.DatePicker;

/**
 * Gives every day picker of the console ({@code pattern="dd/MM/yyyy"}, not a month or time picker,
 * none with a converter of its own) the strict reading of {@link StrictDay}, as it is added to a
 * view: a page written tomorrow gets it without remembering to ask (faces-config.xml).
 */
public class StrictDayPickers implements SystemEventListener {

    static final String DAY_PATTERN = "dd/MM/yyyy";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof DatePicker;
    }

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        DatePicker picker = (DatePicker) event.getSource();
        if (picker.getConverter() == null && DAY_PATTERN.equals(picker.getPattern()) && !"month".equals(picker.getView())
                && !picker.isTimeOnly() && !picker.isShowTime()) {
            picker.setConverter(new StrictDay());
        }
    }
}
