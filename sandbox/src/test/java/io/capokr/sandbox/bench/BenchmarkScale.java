package io.capokr.sandbox.bench;

import java.util.List;

/**
 * How big the benchmark runs. {@link #FULL}: the customer scale of issue 11 (the project read model at 10, 100 and
 * 1,000 key results of 50 linked issues each, 200 objectives at the top; the company page at 100 projects of 50 key
 * results); {@link #SMOKE}: the same steps on a few rows, run by CI so that the harness cannot rot.
 */
enum BenchmarkScale {

    SMOKE(List.of(2, 5, 10), 5, 20, 10, 4, 2, 5, 5),
    FULL(List.of(10, 100, 1_000), 50, 1_000, 60, 100, 8, 50, 50);

    /** Key results per measured project, five per objective. */
    final List<Integer> keyResults;
    final int linksPerKeyResult;
    /** Keys linked in one request in the bulk-link measure. */
    final int bulkKeys;
    /** Timed requests per measure, after as many warm-up ones. */
    final int requests;
    /** Projects on the company page, each with {@link #companyKeyResults} key results of {@link #linksPerKeyResult}. */
    final int companyProjects;
    /** Check-in clients at once in the concurrent measure. */
    final int clients;
    final int companyKeyResults;
    /** Check-ins per client. */
    final int checkInsPerClient;

    BenchmarkScale(List<Integer> keyResults, int linksPerKeyResult, int bulkKeys, int requests, int companyProjects,
                   int clients, int companyKeyResults, int checkInsPerClient) {
        this.keyResults = keyResults;
        this.linksPerKeyResult = linksPerKeyResult;
        this.bulkKeys = bulkKeys;
        this.requests = requests;
        this.companyProjects = companyProjects;
        this.clients = clients;
        this.companyKeyResults = companyKeyResults;
        this.checkInsPerClient = checkInsPerClient;
    }

    /** {@code -Dcapokr.bench.scale=full} for the customer scale; the smoke scale otherwise. */
    static BenchmarkScale chosen() {
        return "full".equalsIgnoreCase(System.getProperty("capokr.bench.scale", "smoke")) ? FULL : SMOKE;
    }

    int largestProjectIssues() {
        return Math.max(keyResults.get(keyResults.size() - 1) * linksPerKeyResult, bulkKeys);
    }
}
