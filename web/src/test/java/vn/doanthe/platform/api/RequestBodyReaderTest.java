package vn.doanthe.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.parsson.JsonProviderImpl;
import org.junit.jupiter.api.Test;
import vn.doanthe.member.api.MembershipRequest;
import vn.doanthe.member.api.PersonRequest;
import vn.doanthe.organisation.api.OrganisationRequest;
import vn.doanthe.security.api.UserRequest;
import vn.doanthe.statistics.api.EligibleRequest;

/** The strict reading of request bodies, without a container; JSON-P is Parsson's, as in Payara. */
class RequestBodyReaderTest {

    private final RequestBodyReader reader = new RequestBodyReader(new JsonProviderImpl());

    /** A body with the field types no request class has yet. */
    public static class Figures {
        public Integer count;
        public Short share;
        public List<Long> ids;
    }

    public static class WithADay {
        public LocalDate day;
    }

    @Test
    void numbersOutsideTheFieldsRangeAreRefusedNotWrapped() {
        assertEquals(Map.of("eligible", "validation.range"), mistakes(EligibleRequest.class, "{\"eligible\": 18446744073709551716}"));
        assertEquals(Map.of("eligible", "validation.range"), mistakes(EligibleRequest.class, "{\"eligible\": 1e20}"));
        assertEquals(Map.of("eligible", "validation.range"), mistakes(EligibleRequest.class, "{\"eligible\": -9223372036854775809}"));
        assertEquals(Map.of("personId", "validation.range"),
                mistakes(MembershipRequest.class, "{\"personId\": 99999999999999999999}"));
        assertEquals(Map.of("meetingIntervalMonths", "validation.range"),
                mistakes(OrganisationRequest.class, "{\"meetingIntervalMonths\": 4294967299}"));
        assertEquals(Map.of("share", "validation.range"), mistakes(Figures.class, "{\"share\": 40000}"));
        assertEquals(Map.of("ids[1]", "validation.range"), mistakes(Figures.class, "{\"ids\": [1, 1e19]}"));
    }

    @Test
    void theEdgesOfTheRangeAndWholeNumbersWrittenOtherwiseAreAccepted() {
        assertEquals(Long.MAX_VALUE, read(EligibleRequest.class, "{\"eligible\": 9223372036854775807}").eligible);
        assertEquals(Long.MIN_VALUE, read(EligibleRequest.class, "{\"eligible\": -9223372036854775808}").eligible);
        assertEquals(100L, read(EligibleRequest.class, "{\"eligible\": 1e2}").eligible);
        assertEquals(100L, read(EligibleRequest.class, "{\"eligible\": 100.0}").eligible);
        assertEquals(0L, read(EligibleRequest.class, "{\"eligible\": -0.0}").eligible);
        Figures figures = read(Figures.class, "{\"count\": 2147483647, \"share\": -32768, \"ids\": [3, 4]}");
        assertEquals(Integer.MAX_VALUE, figures.count);
        assertEquals(Short.MIN_VALUE, figures.share);
        assertEquals(List.of(3L, 4L), figures.ids);
    }

    @Test
    void aFractionOrAStringIsNoWholeNumber() {
        assertEquals(Map.of("personId", "validation.wholeNumber"), mistakes(MembershipRequest.class, "{\"personId\": 59.7}"));
        assertEquals(Map.of("personId", "validation.wholeNumber"), mistakes(MembershipRequest.class, "{\"personId\": \"12\"}"));
        assertEquals(Map.of("personId", "validation.wholeNumber"), mistakes(MembershipRequest.class, "{\"personId\": true}"));
        assertEquals(Map.of("personId", "validation.wholeNumber"), mistakes(MembershipRequest.class, "{\"personId\": [12]}"));
        assertEquals(Map.of("eligible", "validation.wholeNumber"), mistakes(EligibleRequest.class, "{\"eligible\": 1e-1}"));
        assertEquals(Map.of("eligible", "validation.wholeNumber"),
                mistakes(EligibleRequest.class, "{\"eligible\": 1.5e-999999999}"));
        assertEquals(Map.of("eligible", "validation.range"), mistakes(EligibleRequest.class, "{\"eligible\": 1e999999999}"));
    }

    @Test
    void aTextFieldTakesOnlyAJsonString() {
        assertEquals(Map.of("username", "validation.text"), mistakes(UserRequest.class, "{\"username\": 12}"));
        assertEquals(Map.of("displayName", "validation.text"), mistakes(UserRequest.class, "{\"displayName\": [\"An\", \"Bình\"]}"));
        assertEquals(Map.of("displayName", "validation.text"), mistakes(UserRequest.class, "{\"displayName\": true}"));
        assertEquals(Map.of("displayName", "validation.text"), mistakes(UserRequest.class, "{\"displayName\": {\"a\": 1}}"));
        assertEquals("Nguyễn Văn An", read(UserRequest.class, "{\"displayName\": \"Nguyễn Văn An\"}").displayName);
    }

    @Test
    void aFlagIsTrueOrFalse() {
        assertEquals(Map.of("mustChangePassword", "validation.trueOrFalse"),
                mistakes(UserRequest.class, "{\"mustChangePassword\": \"false\"}"));
        assertEquals(Map.of("mustChangePassword", "validation.trueOrFalse"),
                mistakes(UserRequest.class, "{\"mustChangePassword\": 0}"));
        assertEquals(Boolean.FALSE, read(UserRequest.class, "{\"mustChangePassword\": false}").mustChangePassword);
    }

    @Test
    void aListHoldsValuesOfItsKindAndNoNull() {
        assertEquals(Map.of("roles[1]", "validation.nullInList"), mistakes(UserRequest.class, "{\"roles\": [\"ADMIN\", null]}"));
        assertEquals(Map.of("roles[0]", "validation.text", "organisations[2]", "validation.nullInList"),
                mistakes(UserRequest.class, "{\"roles\": [7], \"organisations\": [\"HND\", \"HPN\", null]}"));
        assertEquals(Map.of("roles", "validation.list"), mistakes(UserRequest.class, "{\"roles\": \"ADMIN\"}"));
        assertEquals(Map.of("ids[0]", "validation.wholeNumber"), mistakes(Figures.class, "{\"ids\": [\"1\"]}"));
        UserRequest user = read(UserRequest.class, "{\"roles\": [\"ADMIN\", \"STAFF\"], \"organisations\": []}");
        assertEquals(List.of("ADMIN", "STAFF"), user.roles);
        assertEquals(List.of(), user.organisations);
    }

    @Test
    void everyMistakeOfABodyIsToldAtOnce() {
        BodyRefused refused = refused(UserRequest.class, "{\"username\": 12, \"displayName\": [\"a\"], \"password\": true,"
                + " \"roles\": [\"ADMIN\", null], \"mustChangePassword\": \"yes\", \"scopeUnit\": \"29254\"}");
        assertEquals(Response.Status.BAD_REQUEST, refused.status());
        assertEquals("validation.invalid", refused.messageKey());
        assertEquals(Map.of("username", "validation.text", "displayName", "validation.text", "password", "validation.text",
                "roles[1]", "validation.nullInList", "mustChangePassword", "validation.trueOrFalse"), byField(refused));
    }

    @Test
    void absentAndNullLeaveTheFieldAsConstructedAndUnknownNamesAreIgnored() {
        UserRequest user = read(UserRequest.class, "{\"username\": null, \"roles\": null}");
        assertNull(user.username);
        assertNull(user.roles);
        assertEquals(3, read(OrganisationRequest.class, "{\"code\": \"HND\"}").meetingIntervalMonths);
        assertEquals(3, read(OrganisationRequest.class, "{\"meetingIntervalMonths\": null}").meetingIntervalMonths);
        assertEquals(6, read(OrganisationRequest.class, "{\"meetingIntervalMonths\": 6}").meetingIntervalMonths);

        // A person as GET /persons/{id} shows it, sent back to PUT /persons/{id}.
        PersonRequest person = read(PersonRequest.class, "{\"id\": 12, \"fullName\": \"Lê Thị Hoa\", \"gender\": \"FEMALE\","
                + " \"hamletType\": \"KHOM\", \"memberships\": [{\"id\": 3}], \"address\": null}");
        assertEquals("Lê Thị Hoa", person.fullName);
        assertEquals("FEMALE", person.gender);
        assertNull(person.address);
    }

    @Test
    void noBodyIsNoObject() throws IOException {
        assertNull(reader.readFrom(object(EligibleRequest.class), EligibleRequest.class, new Annotation[0],
                MediaType.APPLICATION_JSON_TYPE, new MultivaluedHashMap<>(), InputStream.nullInputStream()));
    }

    @Test
    void aBodyOverTheLimitIsRefusedWithoutReadingItAll() {
        byte[] padded = ("{\"eligible\": 1, \"padding\": \"" + "x".repeat(RequestBodyReader.MAX_BYTES) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        CountingStream stream = new CountingStream(padded);
        BodyRefused refused = assertThrows(BodyRefused.class, () -> reader.readFrom(object(EligibleRequest.class),
                EligibleRequest.class, new Annotation[0], MediaType.APPLICATION_JSON_TYPE, new MultivaluedHashMap<>(), stream));
        assertEquals(Response.Status.REQUEST_ENTITY_TOO_LARGE, refused.status());
        assertEquals("error.bodyTooLarge", refused.messageKey());
        assertEquals(List.of(RequestBodyReader.MAX_BYTES), List.of(refused.arguments()));
        assertEquals(RequestBodyReader.MAX_BYTES + 1, stream.read);

        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        headers.putSingle("Content-Length", String.valueOf(50L * 1024 * 1024));
        CountingStream announced = new CountingStream("{}".getBytes(StandardCharsets.UTF_8));
        assertEquals(Response.Status.REQUEST_ENTITY_TOO_LARGE, assertThrows(BodyRefused.class, () -> reader.readFrom(
                object(EligibleRequest.class), EligibleRequest.class, new Annotation[0], MediaType.APPLICATION_JSON_TYPE,
                headers, announced)).status());
        assertEquals(0, announced.read, "a body announced too large is not read at all");

        String justUnder = "{\"eligible\": 1, \"padding\": \"" + "x".repeat(RequestBodyReader.MAX_BYTES - 30) + "\"}";
        assertEquals(1L, read(EligibleRequest.class, justUnder).eligible);
    }

    @Test
    void whatIsNotJsonIsUnreadable() {
        for (String body : List.of("{\"eligible\": ", "{eligible: 1}", "{\"eligible\": 1} trailing", "{\"eligible\": 1}{}",
                "{\"eligible\": 1, \"eligible\": 2}", "{\"eligible\": 1e9999999999}", "   ")) {
            BodyRefused refused = refused(EligibleRequest.class, body);
            assertEquals(Response.Status.BAD_REQUEST, refused.status(), body);
            assertEquals("error.unreadableBody", refused.messageKey(), body);
            assertTrue(refused.mistakes().isEmpty(), body);
        }
        byte[] latin1 = "{\"displayName\": \"Hà\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("error.unreadableBody", assertThrows(BodyRefused.class, () -> readBytes(UserRequest.class, latin1)).messageKey());
    }

    @Test
    void aBodyIsAnObject() {
        for (String body : List.of("[{\"eligible\": 1}]", "12", "\"eligible\"", "null", "[1")) {
            BodyRefused refused = refused(EligibleRequest.class, body);
            assertEquals(Response.Status.BAD_REQUEST, refused.status(), body);
            assertEquals("error.bodyNotObject", refused.messageKey(), body);
        }
    }

    @Test
    void onlyOurClassesAreReadHereAndTheRestIsLeftToPayara() {
        assertTrue(reader.isReadable(UserRequest.class, UserRequest.class, new Annotation[0], MediaType.APPLICATION_JSON_TYPE));
        assertTrue(reader.isReadable(UserRequest.class, UserRequest.class, new Annotation[0],
                new MediaType("application", "json", Map.of("charset", "UTF-8"))));
        assertFalse(reader.isReadable(JsonObject.class, JsonObject.class, new Annotation[0], MediaType.APPLICATION_JSON_TYPE));
        assertFalse(reader.isReadable(String.class, String.class, new Annotation[0], MediaType.APPLICATION_JSON_TYPE));
        assertFalse(reader.isReadable(UserRequest.class, UserRequest.class, new Annotation[0], MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    @Test
    void aFieldTypeWithoutAStrictReadingFailsOnFirstUseNotSilently() {
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> read(WithADay.class, "{}"));
        assertTrue(failure.getMessage().contains("WithADay.day"), failure.getMessage());
    }

    private <T> T read(Class<T> type, String json) {
        try {
            return type.cast(readBytes(type, json.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Object readBytes(Class<?> type, byte[] json) throws IOException {
        return reader.readFrom(object(type), type, new Annotation[0], MediaType.APPLICATION_JSON_TYPE,
                new MultivaluedHashMap<>(), new ByteArrayInputStream(json));
    }

    private BodyRefused refused(Class<?> type, String json) {
        return assertThrows(BodyRefused.class, () -> read(type, json), json);
    }

    private Map<String, String> mistakes(Class<?> type, String json) {
        BodyRefused refused = refused(type, json);
        assertEquals(Response.Status.BAD_REQUEST, refused.status(), json);
        return byField(refused);
    }

    private static Map<String, String> byField(BodyRefused refused) {
        Map<String, String> keys = new LinkedHashMap<>();
        refused.mistakes().forEach(m -> keys.put(m.field(), m.messageKey()));
        return keys;
    }

    @SuppressWarnings("unchecked")
    private static Class<Object> object(Class<?> type) {
        return (Class<Object>) type;
    }

    /** An entity stream that counts what was taken from it. */
    private static final class CountingStream extends InputStream {

        private final byte[] bytes;
        private int read;

        CountingStream(byte[] bytes) {
            this.bytes = Arrays.copyOf(bytes, bytes.length);
        }

        @Override
        public int read() {
            return read < bytes.length ? bytes[read++] & 0xff : -1;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (read >= bytes.length) {
                return -1;
            }
            int n = Math.min(length, bytes.length - read);
            System.arraycopy(bytes, read, into, offset, n);
            read += n;
            return n;
        }
    }
}
