package org.ephr.bench;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.ephr.synthetic.MigrantPopulation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;

/**
 * The IHR report benchmark: loads a synthetic population until the server holds each requested number of
 * Observations, then times the weekly national report (TB screening results by outcome, last complete ISO week)
 * and the annual one (by month, last twelve months) from {@code $ihr-report}, against the same figures computed
 * with FHIR searches ({@code _summary=count}, one search per outcome and period, as a reporting tool without the
 * operation would). Both figures are compared cell by cell; the ratio is printed. Run against a fresh database
 * with access control off: HAPI refuses {@code _summary=count} when consent is enforced.
 *
 * <pre>
 * java -cp ephr-bench-cli.jar org.ephr.bench.ReportBenchmark --server URL [--observations 100000,1000000]
 *     [--clients 4] [--repeats 5] [--seed 42]
 * </pre>
 */
public final class ReportBenchmark {

    private static final String LOINC = "http://loinc.org";
    private static final String XRAY_READING = "https://fhir.migrant-ephr.org/CodeSystem/chest-xray-tb-reading-cs";
    private static final String CODED_TB_TESTS = String.join(
            ",",
            Arrays.stream(new String[] {"71773-6", "11477-7", "11545-1", "89636-5", "85362-2", "91829-2"})
                    .map(code -> LOINC + "|" + code)
                    .toList());
    private static final String XRAY = LOINC + "|18782-3";
    private static final String SKIN_TEST = LOINC + "|1648-5";

    /** Each report outcome as the FHIR searches whose counts add up to it. */
    private static final Map<String, List<String>> OUTCOME_SEARCHES = outcomeSearches();

    private final String base;
    private final FhirServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final int clients;
    private final int repeats;
    private final MigrantPopulation population;
    private final AtomicLong nextPerson = new AtomicLong();
    private final AtomicLong observationsSent = new AtomicLong();

    private ReportBenchmark(String base, int clients, int repeats, long seed) {
        this.base = base;
        this.server = new FhirServer(base, null);
        this.clients = clients;
        this.repeats = repeats;
        this.population = new MigrantPopulation(seed, LocalDate.now());
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        if (!options.containsKey("--server")) {
            System.err.println("usage: ReportBenchmark --server URL [--observations 100000,1000000] [--clients 4]"
                    + " [--repeats 5] [--seed 42]");
            System.exit(2);
        }
        var benchmark = new ReportBenchmark(
                options.get("--server").replaceAll("/+$", ""),
                Integer.parseInt(options.getOrDefault("--clients", "4")),
                Integer.parseInt(options.getOrDefault("--repeats", "5")),
                Long.parseLong(options.getOrDefault("--seed", "42")));
        List<Long> levels = Arrays.stream(
                        options.getOrDefault("--observations", "100000,1000000").split(","))
                .map(Long::parseLong)
                .toList();
        System.out.println("# IHR report benchmark, " + LocalDate.now() + ", server " + options.get("--server"));
        System.out.println("| Observations | Report | Periods x outcomes | $ihr-report median / max (ms)"
                + " | _summary=count searches | FHIR searches median / max (ms) | Searches / report | Cells equal |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (long level : levels) {
            benchmark.loadUntil(level);
            benchmark.measure();
        }
    }

    /** Posts people, with several clients, until the server holds at least {@code observations} Observations. */
    private void loadUntil(long observations) throws Exception {
        long stored = count("Observation?_summary=count");
        if (stored >= observations) {
            return;
        }
        observationsSent.set(stored);
        long started = System.nanoTime();
        AtomicLong resources = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                IGenericClient client = server.newClient();
                while (observationsSent.get() < observations) {
                    Bundle person = population.person(nextPerson.getAndIncrement());
                    long personObservations = person.getEntry().stream()
                            .filter(entry -> entry.getResource() instanceof Observation)
                            .count();
                    server.call(
                            "POST transaction",
                            () -> client.transaction().withBundle(person).execute());
                    observationsSent.addAndGet(personObservations);
                    resources.addAndGet(person.getEntry().size());
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.err.printf(
                Locale.ROOT,
                "Loaded %d resources in %.0f s (%.0f resources/s, %d clients); %d people so far%n",
                resources.get(),
                seconds,
                resources.get() / seconds,
                clients,
                nextPerson.get());
    }

    private void measure() throws Exception {
        long observations = count("Observation?_summary=count");
        LocalDate today = LocalDate.now();
        LocalDate weekStart =
                today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        LocalDate monthsStart = today.withDayOfMonth(1).minusMonths(12);
        measure(observations, "weekly (last ISO week)", "week", weekStart, weekStart.plusDays(6), List.of(weekStart));
        List<LocalDate> months = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            months.add(monthsStart.plusMonths(m));
        }
        measure(
                observations,
                "annual (12 months)",
                "month",
                monthsStart,
                today.withDayOfMonth(1).minusDays(1),
                months);
    }

    private void measure(
            long observations, String name, String granularity, LocalDate from, LocalDate to, List<LocalDate> periods)
            throws Exception {
        String query = "measure=tb-screening&periodStart=" + from + "&periodEnd=" + to + "&granularity=" + granularity
                + "&dimensions=tb-outcome&format=csv";
        Map<List<String>, Long> report = null;
        long[] reportNanos = new long[repeats];
        get("$ihr-report?" + query); // warm-up
        for (int r = 0; r < repeats; r++) {
            long start = System.nanoTime();
            String csv = get("$ihr-report?" + query);
            reportNanos[r] = System.nanoTime() - start;
            report = publishedCells(csv);
        }
        Map<List<String>, Long> searched = null;
        long[] searchNanos = new long[repeats];
        int searches = 0;
        searchCounts(granularity, periods); // warm-up
        for (int r = 0; r < repeats; r++) {
            long start = System.nanoTime();
            searched = searchCounts(granularity, periods);
            searchNanos[r] = System.nanoTime() - start;
        }
        for (List<String> searchesOfOutcome : OUTCOME_SEARCHES.values()) {
            searches += searchesOfOutcome.size() * periods.size();
        }
        int compared = 0;
        int equal = 0;
        for (Map.Entry<List<String>, Long> cell : searched.entrySet()) {
            Long published = report.get(cell.getKey());
            if (published != null) {
                compared++;
                equal += published.equals(cell.getValue()) ? 1 : 0;
            }
        }
        long reportMedian = median(reportNanos) / 1_000_000;
        long searchMedian = median(searchNanos) / 1_000_000;
        System.out.printf(
                Locale.ROOT,
                "| %,d | %s | %d x %d | %d / %d | %d | %d / %d | %.0fx | %d of %d |%n",
                observations,
                name,
                periods.size(),
                OUTCOME_SEARCHES.size(),
                reportMedian,
                max(reportNanos) / 1_000_000,
                searches,
                searchMedian,
                max(searchNanos) / 1_000_000,
                (double) median(searchNanos) / Math.max(1, median(reportNanos)),
                equal,
                compared);
    }

    /** The report's published (not suppressed) cells by period label and outcome, MDR-TB counted as positive. */
    private static Map<List<String>, Long> publishedCells(String csv) {
        Map<List<String>, Long> cells = new HashMap<>();
        Map<String, Boolean> periodHasHidden = new HashMap<>();
        for (String line : csv.split("\r\n")) {
            String[] fields = line.split(",", -1);
            if (fields.length != 5
                    || fields[0].equals("measure")
                    || fields[1].equals("ALL")
                    || fields[2].equals("ALL")) {
                continue;
            }
            String outcome = fields[2].equals("mdr-tb") ? "positive" : fields[2];
            if (Boolean.parseBoolean(fields[4])) {
                if (outcome.equals("positive")) {
                    periodHasHidden.put(fields[1], true);
                }
                continue;
            }
            cells.merge(List.of(fields[1], outcome), Long.parseLong(fields[3]), Long::sum);
        }
        // A positive cell is comparable only when neither of its parts (positive, mdr-tb) is hidden.
        periodHasHidden.keySet().forEach(period -> cells.remove(List.of(period, "positive")));
        return cells;
    }

    private Map<List<String>, Long> searchCounts(String granularity, List<LocalDate> periods) {
        Map<List<String>, Long> counts = new LinkedHashMap<>();
        for (LocalDate start : periods) {
            LocalDate end = granularity.equals("week")
                    ? start.plusDays(6)
                    : start.plusMonths(1).minusDays(1);
            String label = granularity.equals("week")
                    ? String.format(
                            Locale.ROOT,
                            "%d-W%02d",
                            start.get(IsoFields.WEEK_BASED_YEAR),
                            start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                    : String.format(Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue());
            for (Map.Entry<String, List<String>> outcome : OUTCOME_SEARCHES.entrySet()) {
                long total = 0;
                for (String search : outcome.getValue()) {
                    total += count("Observation?" + search + "&status=final,amended,corrected&date=ge" + start
                            + "&date=le" + end + "&_summary=count");
                }
                counts.put(List.of(label, outcome.getKey()), total);
            }
        }
        return counts;
    }

    private static Map<String, List<String>> outcomeSearches() {
        Map<String, List<String>> searches = new LinkedHashMap<>();
        searches.put(
                "positive",
                List.of(
                        "code=" + CODED_TB_TESTS + "&value-concept=" + LOINC + "|LA6576-8",
                        "code=" + SKIN_TEST + "&value-quantity=ge10"));
        searches.put(
                "negative",
                List.of(
                        "code=" + CODED_TB_TESTS + "&value-concept=" + LOINC + "|LA6577-6",
                        "code=" + XRAY + "&value-concept=" + XRAY_READING + "|normal",
                        "code=" + SKIN_TEST + "&value-quantity=lt10"));
        searches.put(
                "indeterminate",
                List.of(
                        "code=" + CODED_TB_TESTS + "&value-concept=" + LOINC + "|LA11884-6",
                        "code=" + XRAY + "&value-concept=" + XRAY_READING + "|not-interpretable"));
        searches.put(
                "presumptive-tb",
                List.of("code=" + XRAY + "&value-concept=" + XRAY_READING + "|abnormal-suggestive-of-active-tb"));
        searches.put(
                "other-abnormal",
                List.of("code=" + XRAY + "&value-concept=" + XRAY_READING + "|abnormal-inactive-tb," + XRAY_READING
                        + "|abnormal-not-tb"));
        return searches;
    }

    private long count(String search) {
        String json = get(search);
        int at = json.indexOf("\"total\"");
        if (at < 0) {
            throw new BenchmarkFailure("No total in the answer to " + search + ": " + json);
        }
        String digits = json.substring(json.indexOf(':', at) + 1).trim().split("[^0-9]")[0];
        return Long.parseLong(digits);
    }

    private String get(String pathAndQuery) {
        String encoded = pathAndQuery.replace("|", URLEncoder.encode("|", StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(base + "/" + encoded))
                .header("Accept", "application/fhir+json")
                .GET()
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new BenchmarkFailure(
                        "GET " + pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (java.io.IOException e) {
            throw new BenchmarkFailure("GET " + pathAndQuery + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkFailure("interrupted", e);
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long max(long[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
