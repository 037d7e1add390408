package org.sitrep.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs the reference Python tools when python3 and ../shared/tools are both present. */
final class ScorePy {
    private ScorePy() {}

    /** The shared tools folder, when the sitrep.shared property points at a checkout that has it. */
    static Optional<Path> tools() {
        String shared = System.getProperty("sitrep.shared");
        if (shared == null) return Optional.empty();
        Path t = Path.of(shared, "tools");
        return Files.isRegularFile(t.resolve("score.py")) && python() ? Optional.of(t) : Optional.empty();
    }

    private static Boolean hasPython;

    static synchronized boolean python() {
        if (hasPython == null) {
            try {
                Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                hasPython = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException e) {
                hasPython = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                hasPython = false;
            }
        }
        return hasPython;
    }

    /** Result of one Python run: exit code and the last stdout line (score.py prints its JSON last). */
    record Run(int exit, String lastLine, String stdout, String stderr) {}

    static Run run(List<String> command) throws IOException, InterruptedException {
        Path err = Files.createTempFile("scorepy", ".err");
        try {
            Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("python timed out: " + command);
            }
            String[] lines = out.strip().split("\n");
            return new Run(p.exitValue(), lines[lines.length - 1], out, Files.readString(err));
        } finally {
            Files.deleteIfExists(err);
        }
    }

    static Run score(Path tools, String mode, Path gold, Path sys) throws IOException, InterruptedException {
        return run(List.of("python3", tools.resolve("score.py").toString(), mode, gold.toString(), sys.toString()));
    }

    static Run provenance(Path tools, Path input, Path events) throws IOException, InterruptedException {
        return run(List.of("python3", tools.resolve("check_provenance.py").toString(), input.toString(), events.toString()));
    }

    /** Applies score.py's normalisers to each line of a file; one JSON list [skel, norm_actor, norm_admin] per line. */
    static List<String> normalise(Path tools, Path inputs) throws IOException, InterruptedException {
        String script = "import sys, json\nsys.path.insert(0, sys.argv[1])\nimport score\n"
                + "for l in open(sys.argv[2], encoding='utf-8'):\n"
                + "    s = json.loads(l)\n"
                + "    print(json.dumps([score.skel(s), score.norm_actor(s), score.norm_admin(s)]))\n";
        Run r = run(List.of("python3", "-c", script, tools.toString(), inputs.toString()));
        if (r.exit() != 0) throw new IOException("python normaliser failed: " + r.stderr());
        return new ArrayList<>(List.of(r.stdout().split("\n")));
    }
}
