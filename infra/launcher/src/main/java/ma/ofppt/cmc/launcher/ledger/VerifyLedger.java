package ma.ofppt.cmc.launcher.ledger;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.Optional;
import ma.ofppt.cmc.platform.ledger.ChainEntry;
import ma.ofppt.cmc.platform.ledger.ChainJson;
import ma.ofppt.cmc.platform.ledger.ChainVerifier;
import ma.ofppt.cmc.platform.ledger.LedgerKeys;
import ma.ofppt.cmc.platform.ledger.SignedDigest;

/**
 * Verifies a city's ledger offline, with the very code the server uses (platform-core's {@code
 * ma.ofppt.cmc.platform.ledger}, plain JDK): reads the export of {@code GET /api/v1/ledger/export}
 * and, optionally, a digest kept by HQ or the region (one element of {@code GET
 * /api/v1/ledger/digests}) and the platform key of {@code GET /api/v1/ledger/public-key} (its
 * {@code pem} saved as a file). Prints {@code OK} or the first broken entry; exits 0 when the chain
 * holds, 1 when it is broken, 2 on bad usage or an unreadable file.
 *
 * <pre>
 * java -cp cmc-launcher-runnable.jar ma.ofppt.cmc.launcher.ledger.VerifyLedger \
 *     ledger.jsonl [--digest digest.json] [--public-key ledger-key.pem] [--tenant city]
 * </pre>
 *
 * The city is the export's own unless {@code --tenant} names the one expected.
 */
public final class VerifyLedger {
  private VerifyLedger() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    Path export = null;
    Path digestFile = null;
    Path keyFile = null;
    String tenant = null;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--digest" -> digestFile = Path.of(args[++i]);
          case "--public-key" -> keyFile = Path.of(args[++i]);
          case "--tenant" -> tenant = args[++i];
          default -> {
            if (export != null || args[i].startsWith("--")) {
              throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            export = Path.of(args[i]);
          }
        }
      }
      if (export == null) {
        throw new IllegalArgumentException("name the export file");
      }
    } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
      err.println(
          "usage: VerifyLedger <ledger.jsonl> [--digest <digest.json>] [--public-key <key.pem>]"
              + " [--tenant <city>]: "
              + e.getMessage());
      return 2;
    }
    try {
      List<ChainEntry> chain =
          ChainJson.parseLines(Files.readString(export, StandardCharsets.UTF_8));
      Optional<SignedDigest> digest =
          digestFile == null
              ? Optional.empty()
              : Optional.of(
                  ChainJson.parseDigest(Files.readString(digestFile, StandardCharsets.UTF_8)));
      PublicKey key =
          keyFile == null
              ? null
              : LedgerKeys.publicKey(Files.readString(keyFile, StandardCharsets.US_ASCII));
      if (tenant == null) {
        tenant =
            chain.isEmpty() ? digest.map(SignedDigest::tenant).orElse("") : chain.get(0).tenant();
      }
      ChainVerifier.Verification v = ChainVerifier.verify(tenant, chain, digest, key);
      if (v.valid()) {
        out.println(
            "OK "
                + tenant
                + ": "
                + v.entries()
                + " entries, head "
                + v.head()
                + digest.map(d -> ", reaches the digest of " + d.producedAt()).orElse("")
                + (digest.isPresent() && key == null ? " (signature not checked)" : ""));
        return 0;
      }
      ChainVerifier.Broken broken = v.firstBroken().orElseThrow();
      out.println(
          "BROKEN "
              + tenant
              + " at entry "
              + broken.sequence()
              + ": "
              + broken.reason().label()
              + " ("
              + broken.detail()
              + ")");
      return 1;
    } catch (IOException | RuntimeException e) {
      err.println("cannot verify: " + e.getMessage());
      return 2;
    }
  }
}
