package vn.doanthe.platform.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every body a resource of the API takes can be read strictly: a new field of a type the reading
 * does not know fails here, at build time, and not on a client's first request.
 */
class RequestBodyClassesTest {

    private static final Set<Class<? extends Annotation>> NOT_THE_BODY = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, CookieParam.class, MatrixParam.class, FormParam.class, BeanParam.class, Context.class);

    @Test
    void everyRequestBodyOfTheApiHasAStrictReading() throws Exception {
        Set<String> bodies = new TreeSet<>();
        for (Class<?> resource : resources()) {
            for (Method method : resource.getMethods()) {
                if (!isEndpoint(method)) {
                    continue;
                }
                for (Parameter parameter : method.getParameters()) {
                    Class<?> type = parameter.getType();
                    if (isBody(parameter) && type.getName().startsWith("vn.doanthe.")) {
                        assertDoesNotThrow(() -> BodyBinding.of(type), type.getName());
                        bodies.add(type.getName());
                    }
                }
            }
        }
        assertTrue(bodies.size() >= 20, "the API's request bodies were found: " + bodies);
    }

    private static boolean isEndpoint(Method method) {
        return Stream.of(method.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
    }

    private static boolean isBody(Parameter parameter) {
        return Stream.of(parameter.getAnnotations()).noneMatch(a -> NOT_THE_BODY.contains(a.annotationType()));
    }

    /** The classes of the API packages ({@code vn.doanthe.*.api}) that are resources. */
    private static List<Class<?>> resources() throws IOException, URISyntaxException {
        Path classes = Path.of(RequestBodyReader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes.resolve("vn/doanthe"))) {
            return files.map(f -> classes.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> f.matches("vn/doanthe/\\w+/api/\\w+\\.class"))
                    .<Class<?>>map(f -> load(f.substring(0, f.length() - ".class".length()).replace('/', '.')))
                    .filter(c -> c.isAnnotationPresent(jakarta.ws.rs.Path.class)).toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, RequestBodyClassesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
