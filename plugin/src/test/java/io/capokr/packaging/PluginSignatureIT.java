package io.capokr.packaging;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.junit.Assume.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The signature UPM 8 checks on upload (Ed25519 over the jar's bytes, base64): signs the built jar with a
 * throwaway key through scripts/AppSignature.java, the same tool the build runs for -Dcapokr.signing.key, and
 * verifies the result with the JDK and, as Atlassian's "App signing troubleshooting" page does, with
 * {@code openssl pkeyutl -verify -pubin -inkey public_key.pem -rawin -in app.jar -sigfile <decoded signature>}.
 * A jar with one byte changed must fail both. The openssl half is skipped only when openssl (3.0 or later,
 * for -rawin) is missing and CAPOKR_REQUIRE_BROWSER (set by CI) is not.
 */
public class PluginSignatureIT {

    @Rule
    public final TemporaryFolder temp = new TemporaryFolder();

    private final Path jar = Paths.get(required("capokr.pluginJar"));
    private final Path signer = Paths.get(required("capokr.signer"));
    private final Path repository = Paths.get(required("capokr.repository"));

    @Test
    public void aSignatureMadeByTheBuildsToolVerifiesWithTheJdkAndOpenssl() throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Path privatePem = pem(temp.newFile("key.pem").toPath(), "PRIVATE KEY", keys.getPrivate().getEncoded());
        Path publicPem = pem(temp.newFile("pub.pem").toPath(), "PUBLIC KEY", keys.getPublic().getEncoded());
        Path sigFile = temp.getRoot().toPath().resolve(jar.getFileName() + ".sig");

        runSigner("--key", privatePem.toString(), "--jar", jar.toString(), "--out", sigFile.toString());
        byte[] signature = decodeSigFile(sigFile);

        byte[] jarBytes = Files.readAllBytes(jar);
        assertTrue("JDK Ed25519 verifies the built jar", jdkVerifies(keys.getPublic(), jarBytes, signature));
        Path tampered = tampered(jarBytes);
        assertFalse("JDK Ed25519 rejects a jar with one byte changed",
                jdkVerifies(keys.getPublic(), Files.readAllBytes(tampered), signature));

        if (opensslAvailable()) {
            Path rawSig = Files.write(temp.newFile("signature.raw").toPath(), signature);
            assertTrue("openssl verifies the built jar", opensslVerifies(publicPem, jar, rawSig));
            assertFalse("openssl rejects a jar with one byte changed", opensslVerifies(publicPem, tampered, rawSig));
        }
    }

    /** The whole path an administrator's certificate takes: our key script, the tool, the troubleshooting page's commands. */
    @Test
    public void theKeyScriptsCertificateVerifiesWhatTheToolSigns() throws Exception {
        assumeTrue("openssl, for scripts/signing-key.sh", opensslAvailable());
        Path dir = temp.getRoot().toPath().resolve("signing");
        Result made = run(List.of("bash", repository.resolve("scripts/signing-key.sh").toString(), dir.toString(), "2"));
        assertEquals(made.output, 0, made.exit);
        Path key = dir.resolve("app-signing.key");
        Path certificate = dir.resolve("app-signing.crt");
        Path sigFile = temp.getRoot().toPath().resolve("app.jar.sig");

        runSigner("--key", key.toString(), "--jar", jar.toString(), "--out", sigFile.toString(), "--cert", certificate.toString());
        byte[] signature = decodeSigFile(sigFile);

        PublicKey fromCertificate = CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(certificate))).getPublicKey();
        assertTrue(jdkVerifies(fromCertificate, Files.readAllBytes(jar), signature));
        // "Extract public key from PEM certificate", as the troubleshooting page does.
        Result pubkey = run(List.of("openssl", "x509", "-in", certificate.toString(), "-noout", "-pubkey"));
        assertEquals(pubkey.output, 0, pubkey.exit);
        Path publicPem = Files.writeString(temp.newFile("public_key.pem").toPath(), pubkey.output);
        Path rawSig = Files.write(temp.newFile("signature.sig").toPath(), signature);
        assertTrue(opensslVerifies(publicPem, jar, rawSig));
        assertFalse(opensslVerifies(publicPem, tampered(Files.readAllBytes(jar)), rawSig));
    }

    @Test
    public void theToolRefusesAKeyThatDoesNotMatchTheCertificate() throws Exception {
        assumeTrue("openssl, for scripts/signing-key.sh", opensslAvailable());
        Path dir = temp.getRoot().toPath().resolve("signing");
        assertEquals(0, run(List.of("bash", repository.resolve("scripts/signing-key.sh").toString(), dir.toString())).exit);
        KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Path otherKey = pem(temp.newFile("other.pem").toPath(), "PRIVATE KEY", other.getPrivate().getEncoded());
        Path sigFile = temp.getRoot().toPath().resolve("app.jar.sig");

        Result result = run(signerCommand("--key", otherKey.toString(), "--jar", jar.toString(), "--out", sigFile.toString(),
                "--cert", dir.resolve("app-signing.crt").toString()));
        assertNotEquals(0, result.exit);
        assertTrue(result.output, result.output.contains("do not belong together"));
        assertFalse("no signature written", Files.exists(sigFile));
    }

    @Test
    public void theKeyScriptRefusesToWriteInsideTheRepository() throws Exception {
        Path inside = repository.resolve("target/never-a-key-here");
        Result result = run(List.of("bash", repository.resolve("scripts/signing-key.sh").toString(), inside.toString()));
        assertNotEquals(result.output, 0, result.exit);
        assertTrue(result.output, result.output.contains("refusing"));
        assertFalse(Files.exists(inside));
    }

    /** When the build itself signed the jar (-Dcapokr.signing.key), its .sig must be the one for the final jar. */
    @Test
    public void theSignatureTheBuildWroteIsForTheFinalJar() throws Exception {
        String key = System.getProperty("capokr.signing.key", "");
        assumeTrue("the build was run with -Dcapokr.signing.key", !key.isBlank() && !key.startsWith("${"));
        Path buildSig = jar.resolveSibling(jar.getFileName() + ".sig");
        assertTrue("the build wrote " + buildSig, Files.isRegularFile(buildSig));
        Path again = temp.getRoot().toPath().resolve("again.sig");
        // The build resolved a relative key path from the directory mvn ran in.
        Path keyPath = Paths.get(required("capokr.executionRoot")).resolve(key);
        runSigner("--key", keyPath.toString(), "--jar", jar.toString(), "--out", again.toString());
        // Ed25519 is deterministic: the same key over the same bytes gives the same signature.
        assertArrayEquals(decodeSigFile(again), decodeSigFile(buildSig));
    }

    /** The .sig is one line of standard base64 (no newline: strict decoders reject one) of a 64-byte Ed25519 signature. */
    private static byte[] decodeSigFile(Path sigFile) throws IOException {
        String text = Files.readString(sigFile, StandardCharsets.US_ASCII);
        assertTrue("standard base64 on one line: '" + text + "'", text.matches("[A-Za-z0-9+/]+={0,2}"));
        byte[] signature = Base64.getDecoder().decode(text);
        assertEquals("an Ed25519 signature is 64 bytes", 64, signature.length);
        return signature;
    }

    private static boolean jdkVerifies(PublicKey key, byte[] data, byte[] signature) throws Exception {
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initVerify(key);
        ed25519.update(data);
        return ed25519.verify(signature);
    }

    private static boolean opensslVerifies(Path publicPem, Path data, Path rawSignature) throws Exception {
        Result result = run(List.of("openssl", "pkeyutl", "-verify", "-pubin", "-inkey", publicPem.toString(),
                "-rawin", "-in", data.toString(), "-sigfile", rawSignature.toString()));
        boolean verified = result.exit == 0 && result.output.contains("Signature Verified Successfully");
        if (!verified && result.exit == 0) {
            fail("openssl exited 0 without verifying: " + result.output);
        }
        return verified;
    }

    private Path tampered(byte[] jarBytes) throws IOException {
        byte[] copy = jarBytes.clone();
        copy[copy.length / 2] ^= 0x01;
        return Files.write(temp.newFile("tampered.jar").toPath(), copy);
    }

    /** openssl 3.0 or later is needed for -rawin; CI must have it, a developer's machine may not. */
    private static boolean opensslAvailable() {
        boolean required = "true".equalsIgnoreCase(System.getenv("CAPOKR_REQUIRE_BROWSER"));
        String version;
        try {
            Result result = run(List.of("openssl", "version"));
            version = result.exit == 0 ? result.output.trim() : "";
        } catch (IOException | InterruptedException e) {
            version = "";
        }
        boolean usable = version.matches("OpenSSL ([3-9]|[1-9][0-9])\\..*");
        if (!usable && required) {
            fail("CAPOKR_REQUIRE_BROWSER is set but OpenSSL 3 is not available (found: '" + version + "')");
        }
        return usable;
    }

    private void runSigner(String... arguments) throws Exception {
        Result result = run(signerCommand(arguments));
        assertEquals("AppSignature.java: " + result.output, 0, result.exit);
    }

    private List<String> signerCommand(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add(signer.toString());
        command.addAll(List.of(arguments));
        return command;
    }

    private static Path pem(Path file, String label, byte[] der) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return Files.writeString(file, "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n");
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("Run through Maven (failsafe sets " + property + ")");
        }
        return value;
    }

    private record Result(int exit, String output) {
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("timed out: " + command);
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
