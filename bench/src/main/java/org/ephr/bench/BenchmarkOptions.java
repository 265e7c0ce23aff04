package org.ephr.bench;

/** Command-line options of {@link Benchmark}. */
record BenchmarkOptions(
        String server,
        int patients,
        long seed,
        long from,
        int readSamples,
        int concurrentClients,
        int warmUpBundles,
        String validationLabel,
        String securityLabel,
        String tokenCommand,
        boolean export,
        String savePatients,
        String readsOnly,
        int readWarmUp,
        boolean help) {

    static final String USAGE =
            """
            Benchmarks ingest and reads of an already running e-PHR FHIR server with synthetic migrants' records.

            Usage: java -jar ephr-bench-<version>-cli.jar --server URL [options]
              --server URL              FHIR base URL, e.g. http://localhost:8080/fhir (required)
              --patients N              people to load, split into two equal sets (default 1000)
              --seed S                  population seed (default 42)
              --from I                  index of the first person; the default is derived from the clock,
                                        so that runs against the same database never collide
              --read-samples K          measured requests per read query (default 500)
              --clients C               concurrent clients of the second ingest phase (default 4)
              --warm-up B               unmeasured bundles posted first, so ingest is measured warm (default 200)
              --validation-label TEXT   how the server validates, for the report (e.g. "none", "base R4")
              --security-label TEXT     whether access control is on, for the report (e.g. "off", "on")
              --token-command CMD       a shell command printing a bearer token, for a secured server; run
                                        again every 3 minutes (e.g. "src/scripts/keycloak.sh token dr.amal")
              --export yes|no           end with a bulk export of everything loaded (default yes; the caller must
                                        be allowed to export, e.g. a national system, not a clinician)
              --save-patients FILE      after ingest, write the loaded patients to FILE (for --reads-only)
              --reads-only FILE         no ingest and no export: only the reads, of the patients in FILE (written
                                        by --save-patients against the same database)
              --read-warm-up W          unmeasured requests per read query before the samples (default 10; give a
                                        freshly started server more)
              --help                    print this text

            Phases: warm-up; ingest A (1 client, first set); ingest B (C clients, second set); re-send B; reads
            (1 client): Patient?identifier=, Observation?patient=&code=, Patient/<id>/$summary,
            Patient/<id>/$everything; bulk export. Prints a markdown summary
            and one "RESULT key=value ..." line per measurement. Exits with status 1 at the first failed request.
            """;

    static BenchmarkOptions parse(String... args) {
        String server = null;
        int patients = 1000;
        long seed = 42;
        Long from = null;
        int readSamples = 500;
        int clients = 4;
        int warmUp = 200;
        String label = "";
        String securityLabel = "";
        String tokenCommand = null;
        boolean export = true;
        String savePatients = null;
        String readsOnly = null;
        int readWarmUp = 10;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--help") || name.equals("-h")) {
                return new BenchmarkOptions(
                        server,
                        patients,
                        seed,
                        0,
                        readSamples,
                        clients,
                        warmUp,
                        label,
                        securityLabel,
                        tokenCommand,
                        export,
                        savePatients,
                        readsOnly,
                        readWarmUp,
                        true);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Missing value for " + name);
            }
            String value = args[++i];
            try {
                switch (name) {
                    case "--server" -> server = value.replaceAll("/+$", "");
                    case "--patients" -> patients = atLeast(name, Integer.parseInt(value), 2);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--from" -> from = notNegative(name, Long.parseLong(value));
                    case "--read-samples" -> readSamples = atLeast(name, Integer.parseInt(value), 1);
                    case "--clients" -> clients = atLeast(name, Integer.parseInt(value), 1);
                    case "--warm-up" -> warmUp = atLeast(name, Integer.parseInt(value), 0);
                    case "--validation-label" -> label = value;
                    case "--security-label" -> securityLabel = value;
                    case "--token-command" -> tokenCommand = value;
                    case "--export" -> export = yesOrNo(name, value);
                    case "--save-patients" -> savePatients = value;
                    case "--reads-only" -> readsOnly = value;
                    case "--read-warm-up" -> readWarmUp = atLeast(name, Integer.parseInt(value), 0);
                    default -> throw new IllegalArgumentException("Unknown option " + name);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Invalid number for " + name + ": " + value, e);
            }
        }
        if (server == null) {
            throw new IllegalArgumentException("--server is required");
        }
        // Microseconds since the epoch: later runs start far beyond the indexes of earlier ones.
        long firstIndex = from != null ? from : System.currentTimeMillis() * 1000;
        return new BenchmarkOptions(
                server,
                patients,
                seed,
                firstIndex,
                readSamples,
                clients,
                warmUp,
                label,
                securityLabel,
                tokenCommand,
                export,
                savePatients,
                readsOnly,
                readWarmUp,
                false);
    }

    private static boolean yesOrNo(String name, String value) {
        return switch (value) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalArgumentException(name + " takes yes or no");
        };
    }

    private static int atLeast(String name, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(name + " must be at least " + minimum);
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
