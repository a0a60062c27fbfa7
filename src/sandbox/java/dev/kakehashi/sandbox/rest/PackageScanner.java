package dev.kakehashi.sandbox.rest;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Lists the classes of a package and its sub-packages, in directories and jars, as the REST module scans them.
 */
final class PackageScanner {
    private PackageScanner() {
    }

    static List<String> classNames(ClassLoader loader, String packageName) {
        String path = packageName.replace('.', '/');
        List<String> names = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources(path))) {
                if (url.getProtocol().equals("file")) {
                    walk(new File(url.toURI()), packageName, names);
                } else if (url.getProtocol().equals("jar")) {
                    JarFile jar = ((JarURLConnection) url.openConnection()).getJarFile();
                    for (JarEntry entry : Collections.list(jar.entries())) {
                        String name = entry.getName();
                        if (name.startsWith(path + "/") && name.endsWith(".class")) {
                            names.add(name.substring(0, name.length() - 6).replace('/', '.'));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return names.stream().filter(n -> !n.contains("$") || !n.substring(n.lastIndexOf('$') + 1).matches("\\d.*"))
                .distinct().sorted().toList();
    }

    private static void walk(File directory, String packageName, List<String> names) {
        File[] files = directory.listFiles();
        if (files == null) {
            return;
        }
        for (File file : files) {
            if (file.isDirectory()) {
                walk(file, packageName + "." + file.getName(), names);
            } else if (file.getName().endsWith(".class")) {
                names.add(packageName + "." + file.getName().substring(0, file.getName().length() - 6));
            }
        }
    }
}
