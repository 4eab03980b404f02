package vn.doanthe.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.junit.jupiter.api.Test;
import vn.doanthe.statistics.api.EligibleRequest;

/**
 * Request bodies as Jersey, in memory, hands them to {@link RequestBodyReader}. Against a reader
 * registered the way Yasson's JsonBindingProvider is (by the application, no {@code @Priority},
 * {@code Object}, application/json and anything else) the priority decides. The Jersey here is
 * the one the test client brings (3.0); Payara's 3.1 orders readers the same way
 * (MessageBodyFactory, Providers.getCustomProviders).
 */
class JerseyReadingTest {

    @Path("figures")
    public static class Figures {

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        @Produces(MediaType.TEXT_PLAIN)
        public String set(EligibleRequest request) {
            return String.valueOf(request.eligible);
        }

        @POST
        @Path("{id}")
        @Consumes(MediaType.APPLICATION_JSON)
        @Produces(MediaType.TEXT_PLAIN)
        public String setOne(@PathParam("id") Long id, EligibleRequest request) {
            return id + ":" + request.eligible;
        }
    }

    /** Reads anything JSON as the figure -1, to be told apart. */
    @Consumes({"application/json", "text/json", "*/*"})
    public static class Lenient implements MessageBodyReader<Object> {

        @Override
        public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
            return mediaType.getSubtype().equals("json") || mediaType.getSubtype().endsWith("+json");
        }

        @Override
        public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                               MultivaluedMap<String, String> httpHeaders, InputStream entityStream) {
            EligibleRequest request = new EligibleRequest();
            request.eligible = -1L;
            return request;
        }
    }

    /** The same, with a priority ahead of ours. */
    @Priority(Priorities.USER - 200)
    public static class Eager extends Lenient {
    }

    @Test
    void ourReaderComesBeforeAReaderWithoutPriority() throws Exception {
        assertEquals("7", post(application(Lenient.class, RequestBodyReader.class, Figures.class)));
        assertEquals("7", post(application(RequestBodyReader.class, Lenient.class, Figures.class)));
    }

    @Test
    void itIsThePriorityThatDecides() throws Exception {
        assertEquals("-1", post(application(RequestBodyReader.class, Eager.class, Figures.class)));
    }

    @Test
    void aRefusedBodyReachesItsMapperThroughJersey() throws Exception {
        ContainerResponse response = send(application(Lenient.class, RequestBodyReader.class, Figures.class,
                BodyRefusedMapper.class, UnexpectedExceptionMapper.class), "/figures", "{\"eligible\": 1e20}");
        assertEquals(400, response.getStatus());
        JsonObject problem = Json.createReader(new StringReader((String) response.getEntity())).readObject();
        assertEquals("eligible", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    /** A path parameter Long cannot hold is the spec's 404 (JAX-RS 3.1, section 3.2), not a wrapped id. */
    @Test
    void anIdBeyondLongInThePathIsNotFound() throws Exception {
        ApplicationHandler application = application(RequestBodyReader.class, Figures.class, UnexpectedExceptionMapper.class);
        assertEquals(404, send(application, "/figures/99999999999999999999", "{\"eligible\": 7}").getStatus());
        assertEquals("12:7", send(application, "/figures/12", "{\"eligible\": 7}").getEntity());
    }

    private static ApplicationHandler application(Class<?>... components) {
        return new ApplicationHandler(new ResourceConfig(components).property(ServerProperties.WADL_FEATURE_DISABLE, true));
    }

    private static String post(ApplicationHandler application) throws Exception {
        ContainerResponse response = send(application, "/figures", "{\"eligible\": 7}");
        assertEquals(200, response.getStatus(), String.valueOf(response.getEntity()));
        return (String) response.getEntity();
    }

    private static ContainerResponse send(ApplicationHandler application, String path, String json) throws Exception {
        ContainerRequest request = new ContainerRequest(URI.create("http://localhost/"), URI.create("http://localhost" + path),
                "POST", null, new MapPropertiesDelegate(), application.getConfiguration());
        request.header("Content-Type", MediaType.APPLICATION_JSON);
        request.setEntityStream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        return application.apply(request).get();
    }
}
