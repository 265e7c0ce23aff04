package org.ephr.server.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Keycloak the integration tests get tokens from, with the realm {@code ephr} of
 * {@code deploy/keycloak/ephr-realm.json}: the one named by {@code EPHR_TEST_KEYCLOAK_URL} (for example
 * {@code http://127.0.0.1:8180}, started by {@code src/scripts/keycloak.sh start}), else one started once per test
 * JVM from the distribution that Maven unpacks before the integration tests ({@code ephr.test.keycloak.home}).
 *
 * <p>The demo users' password {@code demo} and the bootstrap admin {@code admin}/{@code admin} are local development
 * and test defaults.
 */
public final class KeycloakTestServer {

    public static final String REALM = "ephr";
    public static final String APP_CLIENT = "ephr-app";
    public static final String DEMO_PASSWORD = "demo";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static KeycloakTestServer instance;

    private final String baseUrl;
    private final String adminUsername;
    private final String adminPassword;

    private KeycloakTestServer(String baseUrl, String adminUsername, String adminPassword) {
        this.baseUrl = baseUrl;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
    }

    public static synchronized KeycloakTestServer get() {
        if (instance == null) {
            String externalUrl = System.getenv("EPHR_TEST_KEYCLOAK_URL");
            instance = externalUrl != null && !externalUrl.isBlank()
                    ? new KeycloakTestServer(
                            externalUrl.replaceAll("/+$", ""),
                            env("EPHR_TEST_KEYCLOAK_ADMIN_USERNAME", "admin"),
                            env("EPHR_TEST_KEYCLOAK_ADMIN_PASSWORD", "admin"))
                    : startLocal();
        }
        return instance;
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The realm's issuer, exactly as tokens carry it in {@code iss} (the hostname is pinned). */
    public String issuer() {
        return baseUrl + "/realms/" + REALM;
    }

    public String jwksUri() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    public String tokenEndpoint() {
        return issuer() + "/protocol/openid-connect/token";
    }

    /** An access token of a demo user (password grant on {@code ephr-app}) with the client's default scopes. */
    public String userToken(String username) {
        return userToken(username, null);
    }

    /** As {@link #userToken(String)}, also asking for {@code scope} (space-separated, e.g. {@code patient/*.rs}). */
    public String userToken(String username, String scope) {
        var form = form("grant_type", "password", "client_id", APP_CLIENT, "username", username);
        form.put("password", DEMO_PASSWORD);
        if (scope != null) {
            form.put("scope", scope);
        }
        return accessToken(tokenEndpoint(), form);
    }

    /** An access token of a confidential client (client credentials grant). */
    public String clientToken(String clientId, String secret) {
        return clientToken(clientId, secret, null);
    }

    public String clientToken(String clientId, String secret, String scope) {
        var form = form("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret);
        if (scope != null) {
            form.put("scope", scope);
        }
        return accessToken(tokenEndpoint(), form);
    }

    /**
     * An access token of a SMART Backend Services client: client credentials, the client authenticated by a JWT
     * assertion signed with its private key (RS384), as SMART Backend Services prescribe.
     */
    public String backendServicesToken(String clientId, RSAPrivateCrtKey key) {
        return accessToken(tokenEndpoint(), backendServicesForm(clientId, key));
    }

    /** The token request of {@link #backendServicesToken}, for tests of refused assertions. */
    public Map<String, String> backendServicesForm(String clientId, RSAPrivateCrtKey key) {
        try {
            var publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
            var now = Instant.now();
            var assertion = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS384)
                            .type(JOSEObjectType.JWT)
                            .keyID(new RSAKey.Builder(publicKey)
                                    .build()
                                    .computeThumbprint()
                                    .toString())
                            .build(),
                    new JWTClaimsSet.Builder()
                            .issuer(clientId)
                            .subject(clientId)
                            .audience(tokenEndpoint())
                            .jwtID(UUID.randomUUID().toString())
                            .issueTime(Date.from(now))
                            .expirationTime(Date.from(now.plusSeconds(240)))
                            .build());
            assertion.sign(new RSASSASigner(key));
            return form(
                    "grant_type",
                    "client_credentials",
                    "client_assertion_type",
                    "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                    "client_assertion",
                    assertion.serialize());
        } catch (GeneralSecurityException | JOSEException e) {
            throw new IllegalStateException("Cannot sign a client assertion", e);
        }
    }

    /** The development private key of one of the realm's backend services clients ({@code deploy/keycloak/dev-keys}). */
    public static RSAPrivateCrtKey developmentKey(String clientId) {
        return rsaPrivateKey(Path.of(requiredProperty("ephr.test.keycloak.realm"))
                .resolveSibling("dev-keys/" + clientId + ".private.pem"));
    }

    /** A PKCS#8 PEM RSA private key. */
    public static RSAPrivateCrtKey rsaPrivateKey(Path pem) {
        try {
            String base64 =
                    Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Not a PKCS#8 RSA private key: " + pem, e);
        }
    }

    /** A master-realm admin token ({@code admin-cli}), for tests that use the admin REST API. */
    public String adminToken() {
        var form = form("grant_type", "password", "client_id", "admin-cli", "username", adminUsername);
        form.put("password", adminPassword);
        return accessToken(baseUrl + "/realms/master/protocol/openid-connect/token", form);
    }

    /** Posts an {@code application/x-www-form-urlencoded} form; for tests of refused grants. */
    public static HttpResponse<String> postForm(String url, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** The claims of a JWT, decoded without checking its signature. */
    public static JsonNode claims(String jwt) {
        return decodeSegment(jwt, 1);
    }

    /** The JOSE header of a JWT ({@code alg}, {@code kid}). */
    public static JsonNode header(String jwt) {
        return decodeSegment(jwt, 0);
    }

    private static JsonNode decodeSegment(String jwt, int index) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String accessToken(String url, Map<String, String> form) {
        var response = postForm(url, form);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "Token request to " + url + " failed: " + response.statusCode() + " " + response.body());
        }
        try {
            return JSON.readTree(response.body()).get("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> form(String... keysAndValues) {
        var form = new LinkedHashMap<String, String>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            form.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return form;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    // --- Starting a Keycloak of our own ---

    private static KeycloakTestServer startLocal() {
        Path home = Path.of(requiredProperty("ephr.test.keycloak.home"));
        Path realmFile = Path.of(requiredProperty("ephr.test.keycloak.realm"));
        Path log = home.resolveSibling("keycloak-test.log");
        try {
            // Dev mode keeps its data in an H2 file and skips realms that exist: a fresh one imports the current file.
            deleteRecursively(home.resolve("data/h2"));
            Files.createDirectories(home.resolve("data/import"));
            Files.copy(realmFile, home.resolve("data/import/ephr-realm.json"), StandardCopyOption.REPLACE_EXISTING);

            int port = freeLoopbackPort();
            String baseUrl = "http://127.0.0.1:" + port;
            var builder = new ProcessBuilder(
                            home.resolve("bin/kc.sh").toString(),
                            "start-dev",
                            "--http-host=127.0.0.1",
                            "--http-port=" + port,
                            // Pins the issuer: tokens carry the same iss whichever host name a client used.
                            "--hostname=" + baseUrl,
                            "--import-realm")
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");

            long started = System.nanoTime();
            Process process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process)));
            var server = new KeycloakTestServer(baseUrl, "admin", "admin");
            server.awaitReady(process, log);
            System.out.printf(
                    "Keycloak started in %.1f s at %s (log: %s)%n", (System.nanoTime() - started) / 1e9, baseUrl, log);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak from " + home, e);
        }
    }

    private void awaitReady(Process process, Path log) {
        var wellKnown = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (HTTP.send(wellKnown, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep(Duration.ofMillis(500));
        }
        String why = process.isAlive()
                ? "Keycloak did not answer within " + START_TIMEOUT
                : "Keycloak exited with status " + process.exitValue();
        stop(process);
        throw new IllegalStateException(why + "; the end of " + log + ":\n" + tail(log, 40));
    }

    /** kc.sh runs Keycloak as a child java process: stop the children first, then the script. */
    private static void stop(Process process) {
        List<ProcessHandle> children = process.descendants().toList();
        children.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set: run the integration tests "
                    + "through Maven (failsafe sets it), or set EPHR_TEST_KEYCLOAK_URL to a running Keycloak "
                    + "(src/scripts/keycloak.sh start)");
        }
        return value;
    }

    private static int freeLoopbackPort() throws IOException {
        try (var socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
