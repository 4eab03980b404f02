package vn.doanthe.platform.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import vn.doanthe.platform.control.TextCheck;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * How a field of a request body takes its JSON value, by the field's Java type. A value of another
 * JSON type is a mistake to tell the client about, never converted: the number 12 is not the name
 * "12", the string "12" is not the number 12, and 59.7 is not person 59.
 * <p>
 * A whole number is judged by its value, not by how it is written: 100, 100.0 and 1e2 are all one
 * hundred (JSON has one number type, and serialisers differ in how they write a whole one), while
 * 59.7 and 1e-1 are not whole. A whole number outside the field type's range is refused, never
 * wrapped.
 */
@FunctionalInterface
interface FieldReader {

    /** The most digits before, or after, the point of a decimal number a body may carry. */
    int DECIMAL_DIGITS = 18;

    /** The value for the field at {@code path}; after a mistake, added to {@code mistakes}, {@code null}. */
    Object read(JsonValue value, String path, List<BodyRefused.Mistake> mistakes);

    /** The reader for a field of this type; an unknown type is a programming error, found on first use. */
    static FieldReader of(Type type, String field) {
        if (type == String.class) {
            return FieldReader::text;
        }
        if (type == Boolean.class || type == boolean.class) {
            return FieldReader::trueOrFalse;
        }
        if (type == Long.class || type == long.class) {
            return wholeNumber(Long.MIN_VALUE, Long.MAX_VALUE, Long::valueOf);
        }
        if (type == Integer.class || type == int.class) {
            return wholeNumber(Integer.MIN_VALUE, Integer.MAX_VALUE, n -> (int) n);
        }
        if (type == Short.class || type == short.class) {
            return wholeNumber(Short.MIN_VALUE, Short.MAX_VALUE, n -> (short) n);
        }
        if (type == BigDecimal.class) {
            return FieldReader::decimal;
        }
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            return listOf(of(list.getActualTypeArguments()[0], field));
        }
        if (type instanceof Class<?> part && part.getName().startsWith("vn.doanthe.")) {
            return (value, path, mistakes) -> {
                if (value instanceof JsonObject object) {
                    return BodyBinding.of(part).read(object, path + ".", mistakes);
                }
                mistakes.add(new BodyRefused.Mistake(path, "validation.object"));
                return null;
            };
        }
        throw new IllegalStateException("The request body field " + field + " is of type " + type.getTypeName()
                + ", which the strict JSON reading does not know: give it String, Long, Integer, Short, Boolean"
                + " or a List of one of them, or teach FieldReader the new type");
    }

    /**
     * A decimal number (a score, an amount) of at most {@link #DECIMAL_DIGITS} digits; how large a
     * field's value may be is its service's rule.
     */
    private static Object decimal(JsonValue value, String path, List<BodyRefused.Mistake> mistakes) {
        if (!(value instanceof JsonNumber json)) {
            mistakes.add(new BodyRefused.Mistake(path, "validation.number"));
            return null;
        }
        try {
            BigDecimal number = json.bigDecimalValue();
            if (number.precision() - number.scale() > DECIMAL_DIGITS || number.scale() > DECIMAL_DIGITS) {
                mistakes.add(new BodyRefused.Mistake(path, "validation.range"));
                return null;
            }
            return number;
        } catch (NumberFormatException | ArithmeticException e) {
            mistakes.add(new BodyRefused.Mistake(path, "validation.range"));
            return null;
        }
    }

    private static Object text(JsonValue value, String path, List<BodyRefused.Mistake> mistakes) {
        if (value instanceof JsonString text) {
            // Every text of every body, before any service sees it: a control character or a lone
            // surrogate (a JSON escape such as \ud800) is refused naming the field.
            Object[] refused = TextCheck.controlCharacter(text.getString());
            if (refused != null) {
                mistakes.add(new BodyRefused.Mistake(path, "validation.controlCharacter", refused));
                return null;
            }
            return text.getString();
        }
        mistakes.add(new BodyRefused.Mistake(path, "validation.text"));
        return null;
    }

    private static Object trueOrFalse(JsonValue value, String path, List<BodyRefused.Mistake> mistakes) {
        if (value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE) {
            return value.getValueType() == JsonValue.ValueType.TRUE;
        }
        mistakes.add(new BodyRefused.Mistake(path, "validation.trueOrFalse"));
        return null;
    }

    private static FieldReader wholeNumber(long min, long max, LongFunction<Object> box) {
        BigDecimal lowest = BigDecimal.valueOf(min);
        BigDecimal highest = BigDecimal.valueOf(max);
        return (value, path, mistakes) -> {
            BigDecimal number;
            try {
                number = value instanceof JsonNumber json ? json.bigDecimalValue() : null;
            } catch (NumberFormatException | ArithmeticException e) {
                // An exponent beyond what BigDecimal holds (1e9999999999): a number, but no field's.
                mistakes.add(new BodyRefused.Mistake(path, "validation.range"));
                return null;
            }
            if (number == null || !isWhole(number)) {
                mistakes.add(new BodyRefused.Mistake(path, "validation.wholeNumber"));
                return null;
            }
            if (number.compareTo(lowest) < 0 || number.compareTo(highest) > 0) {
                mistakes.add(new BodyRefused.Mistake(path, "validation.range"));
                return null;
            }
            return box.apply(number.longValueExact());
        };
    }

    /** Cheap for any exponent: comparing scales never expands 1e999999999 into its digits. */
    private static boolean isWhole(BigDecimal number) {
        return number.signum() == 0 || number.scale() <= 0 || number.stripTrailingZeros().scale() <= 0;
    }

    private static FieldReader listOf(FieldReader element) {
        return (value, path, mistakes) -> {
            if (!(value instanceof JsonArray array)) {
                mistakes.add(new BodyRefused.Mistake(path, "validation.list"));
                return null;
            }
            int before = mistakes.size();
            List<Object> items = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                String at = path + "[" + i + "]";
                JsonValue item = array.get(i);
                if (item.getValueType() == JsonValue.ValueType.NULL) {
                    mistakes.add(new BodyRefused.Mistake(at, "validation.nullInList"));
                } else {
                    items.add(element.read(item, at, mistakes));
                }
            }
            return mistakes.size() == before ? items : null;
        };
    }
}
