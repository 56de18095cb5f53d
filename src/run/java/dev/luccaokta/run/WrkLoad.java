package dev.luccaokta.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends a scenario's requests with wrk (Debian package {@code wrk}) instead of the JVM's HTTP client: a client
 * written in C costs the shared cores far less per request, so more of them go to the server being measured.
 * Each connection sends the next of the given paths, from the first again after the last, and every answer is
 * checked (2xx or 304; exactly one resource found when asked).
 */
final class WrkLoad {

    /** What one run of wrk measured. */
    record Figures(long requests, double seconds, long p50Micros, long p99Micros, long maxMicros, long errors) {

        double perSecond() {
            return requests / seconds;
        }
    }

    // Lua run by wrk; args: the paths file, the file holding the Authorization header, "one" when each answer must
    // find exactly one resource. Counters are globals so that done() can read each thread's with get().
    private static final String SCRIPT = """
            local paths = {}
            local position = 1
            local expects_one = false
            wrong_answers = 0

            function init(args)
              for line in io.lines(args[1]) do paths[#paths + 1] = line end
              local header = io.open(args[2]):read("*l")
              wrk.headers["Authorization"] = header
              wrk.headers["Accept"] = "application/scim+json"
              expects_one = args[3] == "one"
            end

            function request()
              local path = paths[position]
              position = position % #paths + 1
              return wrk.format("GET", path)
            end

            function response(status, headers, body)
              if (status < 200 or status >= 300) and status ~= 304 then
                wrong_answers = wrong_answers + 1
              elseif expects_one and not string.find(body, '"totalResults"%s*:%s*1[,}]') then
                wrong_answers = wrong_answers + 1
              end
            end

            local threads = {}
            function setup(thread) threads[#threads + 1] = thread end

            function done(summary, latency, requests)
              local wrong = 0
              for _, thread in ipairs(threads) do wrong = wrong + thread:get("wrong_answers") end
              local failed = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
              io.write(string.format("wrk-figures %d %d %d %d %d %d\\n", summary.requests, summary.duration,
                latency:percentile(50), latency:percentile(99), latency.max, wrong + failed))
            end
            """;
    private static final Pattern FIGURES = Pattern.compile("wrk-figures (\\d+) (\\d+) (\\d+) (\\d+) (\\d+) (\\d+)");

    private final Path scratch;
    private final Path script;
    private final Path authorization;

    private WrkLoad(Path scratch) throws IOException {
        this.scratch = scratch;
        this.script = Files.writeString(scratch.resolve("scim.lua"), SCRIPT);
        this.authorization = scratch.resolve("authorization");
    }

    /** A driver for the server whose SCIM token is {@code token}; it is kept in a file only its owner reads, off wrk's command line. */
    static WrkLoad forToken(Path buildDir, String token) throws IOException {
        requireWrk();
        Path scratch = Files.createDirectories(buildDir.resolve("wrk"));
        WrkLoad wrk = new WrkLoad(scratch);
        Files.deleteIfExists(wrk.authorization);
        Files.createFile(wrk.authorization, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(wrk.authorization, "Bearer " + token + "\n");
        return wrk;
    }

    private static void requireWrk() {
        try {
            Process version = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            version.getInputStream().readAllBytes();
            version.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new IllegalStateException("-Dbench.client=wrk needs wrk on the PATH (Debian: apt-get install wrk)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while looking for wrk", e);
        }
    }

    /** {@code connections} connections on one wrk thread for {@code duration}, sending {@code paths} in turn to {@code baseUrl}. */
    Figures run(String baseUrl, List<String> paths, boolean expectsOne, int connections, Duration duration)
            throws IOException, InterruptedException {
        Path pathsFile = Files.write(scratch.resolve("paths.txt"), paths, StandardCharsets.UTF_8);
        Process wrk = new ProcessBuilder("wrk", "-t", "1", "-c", Integer.toString(connections), "-d",
                duration.toSeconds() + "s", "--timeout", "30s", "-s", script.toString(), baseUrl, "--",
                pathsFile.toString(), authorization.toString(), expectsOne ? "one" : "any")
                .redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = wrk.waitFor();
        Matcher figures = FIGURES.matcher(output);
        if (exit != 0 || !figures.find()) {
            throw new IllegalStateException("wrk ended with " + exit + " and no figures:\n" + output);
        }
        return new Figures(Long.parseLong(figures.group(1)), Long.parseLong(figures.group(2)) / 1e6,
                Long.parseLong(figures.group(3)), Long.parseLong(figures.group(4)), Long.parseLong(figures.group(5)),
                Long.parseLong(figures.group(6)));
    }
}
