package dev.kakehashi.sandbox.plugin;

import dev.kakehashi.sandbox.Product;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Spring Scanner runtime's index files as it reads them (decompiled runtime 3.0.4, {@code AnnotationIndexReader}):
 * {@code META-INF/plugin-components/<stem>} and {@code <stem>-<product>}, or with profiles
 * {@code META-INF/plugin-components/profile-<p>/<stem>}; every line as it is, not trimmed, so a blank line is a class
 * named "" as it is for the host.
 */
final class IndexFiles {
    static final String FOLDER = "META-INF/plugin-components/";

    private final ClassLoader loader;
    private final Product product;
    private final List<String> profiles;

    IndexFiles(ClassLoader loader, Product product, String profileAttribute) {
        this.loader = loader;
        this.product = product;
        this.profiles = profileAttribute == null ? List.of()
                : Arrays.stream(profileAttribute.strip().split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** The lines of every file of this stem for the product, in file order. */
    List<String> lines(String stem) {
        List<String> lines = new ArrayList<>();
        List<String> files = profiles.isEmpty() ? List.of(FOLDER + stem)
                : profiles.stream().map(p -> FOLDER + "profile-" + p + "/" + stem).toList();
        for (String file : files) {
            lines.addAll(read(file));
            lines.addAll(read(file + "-" + product.key()));
        }
        return lines;
    }

    private List<String> read(String path) {
        URL url = loader.getResource(path);
        if (url == null) {
            return List.of();
        }
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read index file " + url, e);
        }
    }
}
