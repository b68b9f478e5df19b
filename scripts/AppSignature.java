/*
 * Writes the signature UPM 8 checks when an administrator uploads an app: Ed25519 over the exact bytes of
 * the jar, base64-encoded (standard alphabet, one line, no trailing newline), in a file beside the jar.
 *
 *   java scripts/AppSignature.java --key app-signing.key --jar app.jar --out app.jar.sig [--cert app-signing.crt]
 *
 * JDK only (Ed25519 is in the JDK since 15), run as a single-file source program, so the build needs no
 * extra artifact and no openssl. The plugin module runs it in its package phase when -Dcapokr.signing.key
 * is given, and PluginSignatureIT runs this same file with a throwaway key, then checks the result with
 * the JDK and with `openssl pkeyutl -verify -rawin` as Atlassian's troubleshooting page does.
 *
 * --key: an unencrypted PKCS#8 PEM ("BEGIN PRIVATE KEY"), what `openssl genpkey -algorithm ed25519` writes.
 * --cert: optional; the X.509 certificate the administrators will trust. If given, the signature is
 *         verified with its public key before it is written, so a key and certificate that do not belong
 *         together fail here rather than in the customer's Jira.
 */

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

public class AppSignature {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path key = Path.of(required(options, "--key"));
        Path jar = Path.of(required(options, "--jar"));
        Path out = Path.of(options.getOrDefault("--out", jar + ".sig"));
        String cert = options.getOrDefault("--cert", "");

        if (!Files.isRegularFile(jar)) {
            fail("no jar to sign at " + jar.toAbsolutePath() + " (the signature is written after the jar is built)");
        }
        byte[] jarBytes = Files.readAllBytes(jar);
        byte[] signature = sign(privateKey(key), jarBytes);
        if (!cert.isBlank()) {
            PublicKey publicKey = certificate(Path.of(cert)).getPublicKey();
            if (!verify(publicKey, jarBytes, signature)) {
                fail("the signature does not verify with " + cert + ": the key and the certificate do not belong together");
            }
        }
        Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), out.getFileName().toString(), ".tmp");
        Files.write(tmp, Base64.getEncoder().encode(signature));
        try {
            // A temporary file is private to its owner; the signature is public, and travels with the jar.
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the default permissions are fine.
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("[capokr] signed " + jar.getFileName() + " (" + jarBytes.length + " bytes) -> " + out);
    }

    static byte[] sign(PrivateKey key, byte[] data) throws GeneralSecurityException {
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initSign(key);
        ed25519.update(data);
        return ed25519.sign();
    }

    static boolean verify(PublicKey key, byte[] data, byte[] signature) throws GeneralSecurityException {
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initVerify(key);
        ed25519.update(data);
        return ed25519.verify(signature);
    }

    static PrivateKey privateKey(Path pem) throws IOException, GeneralSecurityException {
        String text = Files.readString(pem, StandardCharsets.US_ASCII);
        if (text.contains("ENCRYPTED PRIVATE KEY")) {
            fail(pem + " is encrypted; give an unencrypted PKCS#8 key (scripts/signing-key.sh writes one)");
        }
        byte[] der = pemBody(text, "PRIVATE KEY", pem);
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            fail(pem + " is not an Ed25519 private key: " + e.getMessage());
            throw e;
        }
    }

    static X509Certificate certificate(Path pem) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(pem)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    private static byte[] pemBody(String text, String label, Path source) {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            fail(source + " holds no PEM block '" + label + "'");
        }
        return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                options.put(arg.substring(0, eq), arg.substring(eq + 1));
            } else if (arg.startsWith("--") && i + 1 < args.length) {
                options.put(arg, args[++i]);
            } else {
                fail("unexpected argument: " + arg);
            }
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            fail("missing " + name + "\nusage: java AppSignature.java --key KEY.pem --jar APP.jar [--out APP.jar.sig] [--cert CERT.crt]");
        }
        return value;
    }

    private static void fail(String message) {
        System.err.println("[capokr] app signature: " + message);
        System.exit(2);
    }
}
