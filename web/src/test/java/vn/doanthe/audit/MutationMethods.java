package vn.doanthe.audit;

import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import vn.doanthe.platform.api.RestApplication;
import vn.doanthe.platform.mutation.Mutation;

/**
 * Every command of the deployed application, found by reading the class files of the EJB module
 * (the jar that holds {@link Mutation}) and of the web module, not by a list someone keeps: a
 * method carrying {@code @Mutation}, or a public method of a class carrying it. Named
 * {@code Boundary#method}.
 */
final class MutationMethods {

    private static final String ROOT = "vn/doanthe/";

    private MutationMethods() {
    }

    static SortedSet<String> deployed() {
        SortedSet<String> commands = new TreeSet<>();
        for (Class<?> type : classes()) {
            commands.addAll(commandsOf(type));
        }
        return commands;
    }

    /** The names of the classes the scan read, to show that it read the modules at all. */
    static List<Class<?>> classes() {
        List<Class<?>> classes = new ArrayList<>();
        for (Class<?> anchor : List.of(Mutation.class, RestApplication.class)) {
            for (String name : classNamesBeside(anchor)) {
                classes.add(load(name, anchor.getClassLoader()));
            }
        }
        return classes;
    }

    static SortedSet<String> commandsOf(Class<?> type) {
        SortedSet<String> commands = new TreeSet<>();
        if (type.isAnnotation() || type.isInterface() || type.isAnnotationPresent(Interceptor.class)) {
            return commands;
        }
        boolean wholeClass = type.isAnnotationPresent(Mutation.class);
        for (Method method : type.getDeclaredMethods()) {
            if (method.isSynthetic() || method.isBridge() || Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            if (method.isAnnotationPresent(Mutation.class)
                    || (wholeClass && Modifier.isPublic(method.getModifiers()))) {
                commands.add(type.getSimpleName() + "#" + method.getName());
            }
        }
        return commands;
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Listed but not loadable: " + name, e);
        }
    }

    /** The classes under vn/doanthe in the jar or folder that {@code anchor} was loaded from. */
    private static List<String> classNamesBeside(Class<?> anchor) {
        String resource = anchor.getName().replace('.', '/') + ".class";
        URL url = anchor.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException("Cannot find the class file of " + anchor.getName());
        }
        try {
            if ("jar".equals(url.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    return jar.stream().map(JarEntry::getName).filter(MutationMethods::isOwnClass)
                            .map(MutationMethods::className).toList();
                }
            }
            if ("file".equals(url.getProtocol())) {
                String path = Paths.get(url.toURI()).toString();
                Path root = Paths.get(path.substring(0, path.length() - resource.length()));
                try (Stream<Path> files = Files.walk(root.resolve(ROOT))) {
                    return files.map(f -> root.relativize(f).toString().replace('\\', '/'))
                            .filter(MutationMethods::isOwnClass).map(MutationMethods::className).toList();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("Cannot list the classes beside " + url);
    }

    private static boolean isOwnClass(String entry) {
        return entry.startsWith(ROOT) && entry.endsWith(".class") && !entry.endsWith("package-info.class");
    }

    private static String className(String entry) {
        return entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
    }
}
