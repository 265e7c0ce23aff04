package org.ephr.export;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Verifies a signed report from the command line:
 *
 * <pre>
 * java -cp ephr-export.jar:... org.ephr.export.VerifyReport --report FILE --signature FILE --public-key PEM
 * </pre>
 *
 * Exits 0 when the signature is valid, 1 when it is not, 2 for a usage error or an unreadable file.
 */
public final class VerifyReport {

    private VerifyReport() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length || !args[i].startsWith("--")) {
                return usage(err, "unexpected argument " + args[i]);
            }
            options.put(args[i], args[i + 1]);
        }
        for (String required : new String[] {"--report", "--signature", "--public-key"}) {
            if (!options.containsKey(required)) {
                return usage(err, "missing " + required);
            }
        }
        if (options.size() != 3) {
            return usage(err, "unknown option among " + options.keySet());
        }
        try {
            byte[] report = Files.readAllBytes(Path.of(options.get("--report")));
            String jws = Files.readString(Path.of(options.get("--signature")), StandardCharsets.US_ASCII);
            var key = ReportSignature.publicKeyFromPem(
                    Files.readString(Path.of(options.get("--public-key")), StandardCharsets.US_ASCII));
            ReportSignature.Verification verification = ReportSignature.verify(report, jws, key);
            (verification.valid() ? out : err)
                    .println((verification.valid() ? "VALID: " : "INVALID: ") + verification.reason());
            return verification.valid() ? 0 : 1;
        } catch (IOException | RuntimeException e) {
            err.println("ERROR: " + e.getMessage());
            return 2;
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println("ERROR: " + problem);
        err.println("usage: VerifyReport --report FILE --signature FILE --public-key PEM");
        return 2;
    }
}
