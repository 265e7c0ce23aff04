package org.ephr.synthetic;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Command-line options of {@link DemoLoader}. */
record DemoLoaderOptions(String server, int patients, long seed, long from, LocalDate referenceDate, boolean help) {

    static final String USAGE =
            """
            Loads a synthetic migrant population into a FHIR R4 server, one transaction bundle per person.

            Usage: java -jar ephr-synthetic-<version>-cli.jar [options]
              --server URL            FHIR base URL (default http://localhost:8080/fhir)
              --patients N            number of people to load (default 200)
              --seed S                population seed (default 42)
              --from I                index of the first person (default 0); loading the same seed and
                                      indexes again leaves the patients as they are (conditional create)
              --reference-date DATE   assessments fall in the three years before it (default: today)
              --help                  print this text
            Environment: EPHR_ACCESS_TOKEN, a bearer token for a secured server.
            """;

    static DemoLoaderOptions parse(String... args) {
        String server = "http://localhost:8080/fhir";
        int patients = 200;
        long seed = 42;
        long from = 0;
        LocalDate referenceDate = LocalDate.now();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--help") || name.equals("-h")) {
                return new DemoLoaderOptions(server, patients, seed, from, referenceDate, true);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Missing value for " + name);
            }
            String value = args[++i];
            try {
                switch (name) {
                    case "--server" -> server = value.replaceAll("/+$", "");
                    case "--patients" -> patients = positive(name, Integer.parseInt(value));
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--from" -> from = notNegative(name, Long.parseLong(value));
                    case "--reference-date" -> referenceDate = LocalDate.parse(value);
                    default -> throw new IllegalArgumentException("Unknown option " + name);
                }
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new IllegalArgumentException("Invalid value for " + name + ": " + value, e);
            }
        }
        return new DemoLoaderOptions(server, patients, seed, from, referenceDate, false);
    }

    private static int positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return value;
    }

    private static long notNegative(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
        return value;
    }
}
