package vn.doanthe.platform.api;

import jakarta.annotation.Priority;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads every JSON request body of ours (a class of {@code vn.doanthe} whose public fields are the
 * body) strictly, in one place: at most {@link #MAX_BYTES}, UTF-8, a JSON object, each field from a
 * value of its own kind ({@link FieldReader}), every mistake named at once ({@link BodyRefused}).
 * Any other type (JsonObject, multipart parts...) is left to the readers Payara ships.
 * <p>
 * Why it, not Yasson, reads our classes: Jersey (3.1, MessageBodyFactory) puts the application's
 * readers ("custom": everything registered in the application, including what a feature such as
 * Jersey's JsonBindingFeature registers, so Yasson's JsonBindingProvider is custom too) ahead of
 * its own, in the order of their {@code @Priority}, lowest first, 5000 ({@link Priorities#USER})
 * when a class has none. For one request it keeps the readers whose media types fit and sorts them,
 * stably, by distance of the provided type (both this and JsonBindingProvider provide
 * {@code Object}), then of the media type (both declare {@code application/json}), then custom
 * before built-in; the first whose {@code isReadable} says yes reads. Every criterion ties with
 * JsonBindingProvider (no {@code @Priority}, so 5000) except the priority, which puts this reader
 * first.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
@Priority(Priorities.USER - 100)
public class RequestBodyReader implements MessageBodyReader<Object> {

    /**
     * 1 MiB. Our largest bodies (a person, a user with its roles and organisations, a merge of a
     * few dozen units) are a few kilobytes; the limit leaves two orders of magnitude for long
     * texts while a client can no longer make the server read and parse megabytes it will refuse.
     * Files come as multipart uploads, which this reader does not touch.
     */
    public static final int MAX_BYTES = 1024 * 1024;

    private final JsonParserFactory json;

    public RequestBodyReader() {
        this(JsonProvider.provider());
    }

    /**
     * A name given twice in one object is refused rather than resolved to one of its values. JSON-P
     * 2.1's key strategy binds readers only; Parsson, Payara's JSON-P, refuses on parsers too with
     * its own key. The tests pass Parsson; the server's is whatever JSON-P it provides.
     */
    RequestBodyReader(JsonProvider provider) {
        json = provider.createParserFactory(Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE,
                "org.eclipse.parsson.rejectDuplicateKeys", true));
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return (type.getName().startsWith("vn.doanthe.") || isListOfBodies(type, genericType))
                && (mediaType == null || MediaType.APPLICATION_JSON_TYPE.isCompatible(mediaType));
    }

    /** A body that is a JSON array of request bodies (a roll call: a line per member). */
    static boolean isListOfBodies(Class<?> type, Type genericType) {
        return type == List.class && genericType instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element
                && element.getName().startsWith("vn.doanthe.");
    }

    /**
     * The body, or {@code null} when there is none (the resource then refuses or defaults it).
     *
     * @throws BodyRefused too large, not JSON, not an object, or values of the wrong kind
     */
    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        if (declaredLength(httpHeaders) > MAX_BYTES) {
            throw BodyRefused.tooLarge(MAX_BYTES);
        }
        byte[] body = entityStream.readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw BodyRefused.tooLarge(MAX_BYTES);
        }
        if (body.length == 0) {
            return null;
        }
        if (List.class.equals(type)) {
            List<BodyRefused.Mistake> mistakes = new ArrayList<>();
            Object list = FieldReader.of(genericType, "body").read(value(body, JsonParser.Event.START_ARRAY), "body",
                    mistakes);
            if (!mistakes.isEmpty()) {
                throw BodyRefused.mistakes(mistakes);
            }
            return list;
        }
        return BodyBinding.of(type).bind((JsonObject) value(body, JsonParser.Event.START_OBJECT));
    }

    private static long declaredLength(MultivaluedMap<String, String> headers) {
        String length = headers == null ? null : headers.getFirst(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * The body as one JSON object (or array, as {@code start} says) and nothing after it. RFC 8259
     * JSON is UTF-8 (application/json defines no charset); bytes that are not UTF-8 are refused, not
     * replaced.
     */
    private JsonValue value(byte[] body, JsonParser.Event start) {
        InputStreamReader text = new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        try (JsonParser parser = json.createParser(text)) {
            if (parser.next() != start) {
                throw start == JsonParser.Event.START_ARRAY ? BodyRefused.notAList() : BodyRefused.notAnObject();
            }
            JsonValue value = start == JsonParser.Event.START_ARRAY ? parser.getArray() : parser.getObject();
            if (parser.hasNext()) {
                throw BodyRefused.unreadable();
            }
            return value;
        } catch (JsonException | IllegalStateException | NumberFormatException e) {
            // Malformed, a name given twice, or a number whose exponent BigDecimal cannot hold.
            throw BodyRefused.unreadable();
        }
    }
}
