package dev.kakehashi.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The packages a Platform 8 host exports to apps, as listed in {@code osgi/platform8-exports.txt}: one line per
 * package with the version the host's plugin framework gives it, the products that export it and the public source.
 */
record PlatformExports(List<Export> exports) {
    static final String FILE = "osgi/platform8-exports.txt";

    /** One exported package; version {@code 0.0.0} is how OSGi reads an export without a version. */
    record Export(String packageName, String version, List<String> products, String source) {
        String clause() {
            return packageName + ";version=\"" + version + "\"";
        }
    }

    /** Every line of the file. */
    static PlatformExports read() {
        try (InputStream in = PlatformExports.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is not on the test class path");
            }
            List<Export> exports = new ArrayList<>();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\\s+", 4);
                if (fields.length < 4 || !fields[1].matches("\\d+\\.\\d+\\.\\d+(\\.[\\w-]+)?")) {
                    throw new IllegalStateException(FILE + " line " + (i + 1) + " is not 'package version products "
                            + "source': " + line);
                }
                exports.add(new Export(fields[0], fields[1], List.of(fields[2].split(",")), fields[3]));
            }
            return new PlatformExports(exports);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The packages one product exports ({@code jira} or {@code confluence}). */
    PlatformExports of(String product) {
        return new PlatformExports(exports.stream().filter(e -> e.products().contains(product)).toList());
    }

    /** The same list with every {@code jakarta.*} package exported without a version, as a host may export Tomcat's. */
    PlatformExports withUnversionedJakarta() {
        return new PlatformExports(exports.stream().map(e -> e.packageName().startsWith("jakarta.")
                ? new Export(e.packageName(), "0.0.0", e.products(), e.source()) : e).toList());
    }

    /** The same list without one package. */
    PlatformExports without(String packageName) {
        return new PlatformExports(exports.stream().filter(e -> !e.packageName().equals(packageName)).toList());
    }

    /** The value of Felix's {@code org.osgi.framework.system.packages.extra}. */
    String systemPackagesExtra() {
        return exports.stream().map(Export::clause).collect(Collectors.joining(","));
    }

    boolean exports(String packageName) {
        return exports.stream().anyMatch(e -> e.packageName().equals(packageName));
    }
}
