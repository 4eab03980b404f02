package vn.doanthe.directive.boundary;

import java.io.Serializable;

/** A level's consolidated report to send up: the level's territorial code and its officer's note. */
public record NewReport(String unit, String note) implements Serializable {
}
