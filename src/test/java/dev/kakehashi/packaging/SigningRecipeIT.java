package dev.kakehashi.packaging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import dev.kakehashi.testing.ProjectFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.EdECPublicKey;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.junit.Test;

/**
 * The signing recipe for in-house builds ({@code tools/sign-app.sh}, docs/HOST.md) makes what UPM 8 checks: an
 * Ed25519 certificate for the trust store and a Base64 signature of the jar's bytes, which Java's own Ed25519
 * verifies against that certificate — and rejects for a jar changed by one byte. Needs bash and openssl; skipped
 * where they are missing.
 */
public class SigningRecipeIT {

    @Test
    public void theRecipeSignsTheJarSoThatItsCertificateVerifiesIt() throws Exception {
        assumeTrue("bash and openssl are installed", run(Path.of("."), "bash", "-c", "command -v openssl") == 0);
        String built = System.getProperty("kakehashi.jar");
        assertNotNull("the kakehashi.jar system property names the built jar", built);
        Path work = Files.createTempDirectory("kakehashi-signing");
        try {
            signsAndVerifies(built, work);
        } finally {
            try (java.util.stream.Stream<Path> files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static void signsAndVerifies(String built, Path work) throws Exception {
        Path jar = Files.copy(Path.of(built), work.resolve("kakehashi.jar"), StandardCopyOption.REPLACE_EXISTING);

        assertEquals(0, run(work, "bash", ProjectFiles.ROOT.resolve("tools/sign-app.sh").toString(), "kakehashi.jar"));

        X509Certificate certificate;
        try (InputStream in = Files.newInputStream(work.resolve("kakehashi-signing.crt"))) {
            certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        assertEquals("Ed25519", ((EdECPublicKey) certificate.getPublicKey()).getParams().getName());
        byte[] signature = Base64.getDecoder().decode(Files.readString(work.resolve("kakehashi.jar.sig"),
                StandardCharsets.US_ASCII).strip());
        byte[] bytes = Files.readAllBytes(jar);
        assertTrue("the signature verifies", verifies(certificate, bytes, signature));
        bytes[bytes.length / 2] ^= 1;
        assertFalse("a changed jar does not verify", verifies(certificate, bytes, signature));

        assertEquals("signing again keeps the key and certificate", 0,
                run(work, "bash", ProjectFiles.ROOT.resolve("tools/sign-app.sh").toString(), "kakehashi.jar"));
        try (InputStream in = Files.newInputStream(work.resolve("kakehashi-signing.crt"))) {
            assertEquals(certificate, CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
    }

    private static boolean verifies(X509Certificate certificate, byte[] content, byte[] signature)
            throws GeneralSecurityException {
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initVerify(certificate.getPublicKey());
        ed25519.update(content);
        return ed25519.verify(signature);
    }

    private static int run(Path directory, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).inheritIO().start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + String.join(" ", command));
        }
        return process.exitValue();
    }
}
