package vn.doanthe.platform.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.doanthe.platform.mutation.Mutation;

/**
 * The architecture rule behind every boundary: each public method says who may call it — a
 * command with {@code @Mutation}, a read with {@link Reading}, each naming its roles (neither has a
 * default), the login and the application's own tasks with {@link Unguarded} and a reason — on the
 * method or its class. A boundary added without
 * it fails here, before anyone can call it.
 */
class BoundaryAccessTest {

    @Test
    void everyPublicBoundaryMethodDeclaresWhoMayCallIt() throws Exception {
        List<Class<?>> boundaries = boundaries();
        assertTrue(boundaries.size() >= 15, "found " + boundaries);
        List<String> undeclared = new ArrayList<>();
        for (Class<?> boundary : boundaries) {
            for (Method method : boundary.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic() && !declared(method)) {
                    undeclared.add(boundary.getSimpleName() + "#" + method.getName());
                }
            }
        }
        assertEquals(List.of(), undeclared, "public boundary methods with neither @Mutation, @Reading nor @Unguarded");
    }

    @Test
    void everyDeclarationNamesTheRolesItLetsIn() throws Exception {
        List<String> empty = new ArrayList<>();
        for (Class<?> boundary : boundaries()) {
            Reading onClass = boundary.getAnnotation(Reading.class);
            if (onClass != null && onClass.allowed().length == 0) {
                empty.add(boundary.getSimpleName());
            }
            for (Method method : boundary.getDeclaredMethods()) {
                Reading reading = method.getAnnotation(Reading.class);
                Mutation mutation = method.getAnnotation(Mutation.class);
                if ((reading != null && reading.allowed().length == 0) || (mutation != null && mutation.allowed().length == 0)) {
                    empty.add(boundary.getSimpleName() + "#" + method.getName());
                }
            }
        }
        assertEquals(List.of(), empty, "declarations that let no role in");
    }

    @Test
    void everyUnguardedMethodSaysWhy() throws Exception {
        for (Class<?> boundary : boundaries()) {
            Unguarded onClass = boundary.getAnnotation(Unguarded.class);
            assertTrue(onClass == null || !onClass.value().isBlank(), boundary.getName());
            for (Method method : boundary.getDeclaredMethods()) {
                Unguarded unguarded = method.getAnnotation(Unguarded.class);
                assertTrue(unguarded == null || !unguarded.value().isBlank(), method.toString());
            }
        }
    }

    private static boolean declared(Method method) {
        Class<?> type = method.getDeclaringClass();
        return method.isAnnotationPresent(Mutation.class) || method.isAnnotationPresent(Reading.class)
                || method.isAnnotationPresent(Unguarded.class) || type.isAnnotationPresent(Mutation.class)
                || type.isAnnotationPresent(Reading.class) || type.isAnnotationPresent(Unguarded.class);
    }

    /** The session beans and application-scoped beans of every feature's {@code boundary} package. */
    private static List<Class<?>> boundaries() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(Mutation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve("vn/doanthe"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")
                    && f.getParent().getFileName().toString().equals("boundary")).toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, BoundaryAccessTest.class.getClassLoader());
                if (type.isAnnotationPresent(Stateless.class) || type.isAnnotationPresent(Singleton.class)
                        || type.isAnnotationPresent(ApplicationScoped.class)) {
                    found.add(type);
                }
            }
        }
        return found;
    }
}
