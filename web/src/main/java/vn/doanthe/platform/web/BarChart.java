package vn.doanthe.platform.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * A Chart.js bar chart configuration as PrimeFaces' {@code p:chart} takes it ({@code value}: the
 * JSON a {@code new Chart(…)} call receives). Built with JSON-P, so that names with quotes or
 * diacritics are escaped properly. Shared by the statistics and the training coverage pages.
 */
public final class BarChart {

    private static final String COLOUR = "#1565c0";

    private BarChart() {
    }

    /** One series of whole numbers, one bar per label. */
    public static String of(String series, List<String> labels, List<Long> values) {
        return chart(series, labels, values, "x");
    }

    /** The same with the bars lying down, names to the left: readable with many long names. */
    public static String horizontal(String series, List<String> labels, List<Long> values) {
        return chart(series, labels, values, "y");
    }

    private static String chart(String series, List<String> labels, List<Long> values, String indexAxis) {
        JsonArrayBuilder names = Json.createArrayBuilder();
        labels.forEach(names::add);
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(data::add);
        JsonObjectBuilder dataset = Json.createObjectBuilder().add("label", series).add("data", data)
                .add("backgroundColor", COLOUR);
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("indexAxis", indexAxis).add("responsive", true).add("maintainAspectRatio", false)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)))
                .add("scales", Json.createObjectBuilder().add(indexAxis.equals("x") ? "y" : "x", Json.createObjectBuilder().add("beginAtZero", true)
                        .add("ticks", Json.createObjectBuilder().add("precision", 0))));
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", Json.createArrayBuilder().add(dataset)))
                .add("options", options).build().toString();
    }
}
