package org.ephr.synthetic;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.exceptions.FhirClientConnectionException;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.io.PrintStream;
import java.util.Locale;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Loads demo data: posts {@code --patients} people of a {@link MigrantPopulation} to a FHIR server, one
 * transaction each. Exits with status 1 at the first rejected or failed request, 2 on bad arguments.
 */
public final class DemoLoader {
    private final DemoLoaderOptions options;
    private final PrintStream out;
    private final PrintStream err;

    DemoLoader(DemoLoaderOptions options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        // HAPI logs at INFO through SLF4J; the loader's own progress lines are what an operator needs.
        System.setProperty(
                "org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        DemoLoaderOptions options;
        try {
            options = DemoLoaderOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(DemoLoaderOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(DemoLoaderOptions.USAGE);
            return;
        }
        System.exit(new DemoLoader(options, System.out, System.err).run());
    }

    int run() {
        FhirContext context = FhirContext.forR4Cached();
        context.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        context.getRestfulClientFactory().setSocketTimeout(60_000);
        IGenericClient client = context.newRestfulGenericClient(options.server());
        // A secured server needs a bearer token; the environment keeps it off the command line and out of `ps`.
        String token = System.getenv("EPHR_ACCESS_TOKEN");
        if (token != null && !token.isBlank()) {
            client.registerInterceptor(new BearerTokenAuthInterceptor(token.trim()));
        }
        MigrantPopulation population = new MigrantPopulation(options.seed(), options.referenceDate()).idempotent();

        out.printf(
                "Loading %d synthetic patients (seed %d, from index %d) into %s%n",
                options.patients(), options.seed(), options.from(), options.server());
        long started = System.nanoTime();
        int progressStep = Math.max(1, options.patients() / 10);
        long resources = 0;
        for (int i = 0; i < options.patients(); i++) {
            long index = options.from() + i;
            Bundle bundle = population.person(index);
            try {
                client.transaction().withBundle(bundle).execute();
            } catch (FhirClientConnectionException e) {
                err.printf("Cannot reach the FHIR server at %s: %s%n", options.server(), e.getMessage());
                return 1;
            } catch (BaseServerResponseException e) {
                err.printf(
                        "The server rejected patient %s (index %d): %s%n",
                        population.ephrNumber(index), index, e.getMessage());
                if (e.getOperationOutcome() != null) {
                    err.println(context.newJsonParser()
                            .setPrettyPrint(true)
                            .encodeResourceToString(e.getOperationOutcome()));
                }
                return 1;
            }
            resources += bundle.getEntry().size();
            if ((i + 1) % progressStep == 0 || i + 1 == options.patients()) {
                out.printf("  %d/%d patients%n", i + 1, options.patients());
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(
                Locale.ROOT,
                "Loaded %d patients (%d resources) into %s in %.1f s.%n",
                options.patients(),
                resources,
                options.server(),
                seconds);
        return 0;
    }
}
