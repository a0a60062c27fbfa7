package dev.kakehashi.packaging;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;

/**
 * An Apache Felix framework whose system bundle exports a host's package list, with the classes of those packages
 * taken from the test class path (the host API declarations, Active Objects, the jakarta APIs, SLF4J): the resolver
 * then decides, as the host's would, whether the plugin's {@code Import-Package} can be wired.
 */
final class FelixHost implements AutoCloseable {
    private final Framework framework;
    private final Path storage;

    private FelixHost(Framework framework, Path storage) {
        this.framework = framework;
        this.storage = storage;
    }

    static FelixHost start(PlatformExports exports) {
        Path storage;
        try {
            storage = Files.createTempDirectory("kakehashi-felix");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, exports.systemPackagesExtra());
        // Felix would otherwise hand a bundle's class lookups from JDK code (reflection) to the test class path,
        // where every host declaration is: the bundle must find its classes through its imports only.
        config.put("felix.bootdelegation.implicit", "false");
        Framework framework = new FrameworkFactory().newFramework(config);
        try {
            framework.start();
        } catch (BundleException e) {
            throw new IllegalStateException("Felix does not start", e);
        }
        return new FelixHost(framework, storage);
    }

    /** Installs a jar; it is resolved when it is started. */
    Bundle install(File jar) throws BundleException {
        return framework.getBundleContext().installBundle(jar.toURI().toString());
    }

    @Override
    public void close() {
        try {
            framework.stop();
            framework.waitForStop(10_000);
        } catch (BundleException | InterruptedException e) {
            throw new IllegalStateException("Felix does not stop", e);
        } finally {
            try (Stream<Path> walk = Files.walk(storage)) {
                walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
