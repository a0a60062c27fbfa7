package dev.kakehashi.contract;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.kakehashi.platform.rest.Callers;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * Every change of the REST API (POST, PUT, PATCH, DELETE) takes the request's headers and a body, and calls the
 * JSON-only check ({@code Callers.json}) itself. ProtocolRestIT checks what each answers; this catches a new method
 * that forgets before anything runs.
 */
public class RestChangeContractTest {
    private static final JavaClass CALLERS = new ClassFileImporter().importPackages("dev.kakehashi")
            .get(Callers.class);

    @Test
    public void everyChangeTakesTheHeadersAndABody() throws IOException, ClassNotFoundException {
        List<String> wrong = new ArrayList<>();
        int changes = 0;
        try (Stream<java.nio.file.Path> files = Files.walk(Paths.get("target/classes/dev/kakehashi"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().contains("/rest/")
                    && f.toString().endsWith(".class") && !f.getFileName().toString().contains("$")).toList()) {
                String name = Paths.get("target/classes").relativize(file).toString().replace('/', '.')
                        .replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name);
                if (!type.isAnnotationPresent(Path.class)) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    if (Stream.of(POST.class, PUT.class, PATCH.class, DELETE.class)
                            .noneMatch(method::isAnnotationPresent)) {
                        continue;
                    }
                    changes++;
                    boolean headers = Arrays.asList(method.getParameterTypes()).contains(HttpHeaders.class);
                    boolean body = Arrays.stream(method.getParameters()).anyMatch(p -> p.getAnnotations().length == 0);
                    boolean checked = CALLERS.getMethods().stream().filter(m -> m.getName().equals("json"))
                            .flatMap(m -> m.getCallsOfSelf().stream())
                            .anyMatch(call -> call.getOriginOwner().isEquivalentTo(type)
                                    && call.getOrigin().getName().equals(method.getName())
                                    && call.getOrigin().getRawParameterTypes().stream().map(JavaClass::getName)
                                    .toList().equals(Arrays.stream(method.getParameterTypes()).map(Class::getName)
                                            .toList()));
                    if (!headers || !body || !checked) {
                        wrong.add(type.getSimpleName() + "." + method.getName());
                    }
                }
            }
        }
        assertTrue("changes found: " + changes, changes >= 20);
        assertEquals(List.of(), wrong);
    }
}
