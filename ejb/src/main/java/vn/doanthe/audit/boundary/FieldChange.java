package vn.doanthe.audit.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import java.io.Serializable;

/** One field of a recorded change: its value before and after ({@code new} in JSON). */
public record FieldChange(String field, String old, @JsonbProperty("new") String newValue) implements Serializable {
}
