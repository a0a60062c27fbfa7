package dev.kakehashi.transfer;

import dev.kakehashi.platform.ClusterLocks;
import dev.kakehashi.platform.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exports and imports, one at a time in the whole cluster: each runs in the background on the node that started it,
 * records its progress where every node reads it, and keeps its document in the shared home.
 */
public class TransferService implements AutoCloseable {
    /** The largest document an import accepts. */
    public static final long MAX_DOCUMENT_BYTES = 512L * 1024 * 1024;
    /** A running job whose node has not reported for this long is taken as stopped (its node left the cluster). */
    static final Duration STALE = Duration.ofMinutes(10);
    static final int KEPT_JOBS = 10;
    private static final String LOCK = "transfer";
    private static final Logger LOG = LoggerFactory.getLogger(TransferService.class);

    private final TransferStore store;
    private final TransferHome home;
    private final ClusterLocks locks;
    private final Clock clock;
    private long maxBytes = MAX_DOCUMENT_BYTES;
    private final ExecutorService background = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "kakehashi-transfer");
        thread.setDaemon(true);
        return thread;
    });

    public TransferService(TransferStore store, TransferHome home, ClusterLocks locks, Clock clock) {
        this.store = store;
        this.home = home;
        this.locks = locks;
        this.clock = clock;
    }

    /** A lower size limit, for tests (one constructor only: the host's Spring must find it). */
    void limit(long bytes) {
        this.maxBytes = bytes;
    }

    /**
     * Stops the background thread when the app is disabled (Spring closes an {@code AutoCloseable} bean with its
     * context); a job cut short is then ended as stopped by the next look at it.
     */
    @Override
    public void close() {
        background.shutdownNow();
    }

    /** The newest job, running or ended, of any node. */
    public Optional<TransferJob> latest() {
        return store.latest().map(this::markedIfStale);
    }

    /** Starts an export of every row; 409 while another export or import runs. */
    public TransferJob startExport(String userKey) {
        TransferStore.Export[] export = new TransferStore.Export[1];
        TransferJob job = locks.underLock(LOCK, () -> {
            refuseWhileRunning();
            export[0] = store.planExport();
            return store.start(TransferJob.Kind.EXPORT, userKey, export[0].rows(),
                    "export-" + UUID.randomUUID() + ".json", clock.instant());
        });
        background.execute(() -> runExport(job, export[0]));
        return job;
    }

    /**
     * Keeps the document, reads it through (400 with a message when it cannot be imported, before anything is
     * written) and starts adding its rows; 413 over {@link #MAX_DOCUMENT_BYTES}, 409 while another job runs.
     */
    public TransferJob startImport(String userKey, InputStream document) {
        refuseWhileRunning();
        Path file = folder().resolve("import-" + UUID.randomUUID() + ".json");
        try {
            copyAtMost(document, file);
            long rows = store.check(file, home.product(), store.instanceId());
            TransferJob job = locks.underLock(LOCK, () -> {
                refuseWhileRunning();
                return store.start(TransferJob.Kind.IMPORT, userKey, rows, file.getFileName().toString(),
                        clock.instant());
            });
            background.execute(() -> runImport(job, file));
            return job;
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    /** The document of an export that ended well; 404 otherwise. */
    public Path exportDocument(long jobId) {
        TransferJob job = store.job(jobId).filter(j -> j.kind() == TransferJob.Kind.EXPORT
                && j.state() == TransferJob.State.DONE).orElseThrow(TransferService::notFound);
        Path file = folder().resolve(job.fileName());
        if (!Files.isRegularFile(file)) {
            throw notFound();
        }
        return file;
    }

    /** The product documents of this instance are for. */
    public String product() {
        return home.product();
    }

    private void refuseWhileRunning() {
        if (latest().filter(j -> j.state() == TransferJob.State.RUNNING).isPresent()) {
            throw Rejection.of(Rejection.Reason.CONFLICT, null, "kakehashi.transfer.error.running");
        }
    }

    private TransferJob markedIfStale(TransferJob job) {
        if (job.state() == TransferJob.State.RUNNING && job.heartbeatAt().plus(STALE).isBefore(clock.instant())) {
            store.finish(job.id(), TransferJob.State.FAILED, job.rowsAdded(), "kakehashi.transfer.error.stopped",
                    clock.instant());
            return store.job(job.id()).orElse(job);
        }
        return job;
    }

    private void runExport(TransferJob job, TransferStore.Export export) {
        Path file = folder().resolve(job.fileName());
        try (OutputStream out = Files.newOutputStream(file)) {
            export.write(home.product(), store.instanceId(), job.startedAt(), out,
                    rows -> store.progress(job.id(), rows, clock.instant()));
            store.finish(job.id(), TransferJob.State.DONE, 0, null, clock.instant());
        } catch (IOException | RuntimeException e) {
            LOG.error("Kakehashi export {} failed", job.id(), e);
            delete(file);
            store.finish(job.id(), TransferJob.State.FAILED, 0, "kakehashi.transfer.error.failed", clock.instant());
        }
        prune();
    }

    private void runImport(TransferJob job, Path file) {
        long[] outcome = {0, 0};
        try {
            outcome = store.importRows(file, rows -> store.progress(job.id(), rows, clock.instant()));
            store.progress(job.id(), job.rowsTotal(), clock.instant());
            store.finish(job.id(), TransferJob.State.DONE, outcome[0], null, clock.instant());
        } catch (RuntimeException e) {
            LOG.error("Kakehashi import {} failed", job.id(), e);
            store.finish(job.id(), TransferJob.State.FAILED, outcome[0], "kakehashi.transfer.error.failed",
                    clock.instant());
        } finally {
            delete(file);
        }
        prune();
    }

    private void prune() {
        for (String name : store.prune(KEPT_JOBS)) {
            delete(folder().resolve(name));
        }
    }

    private void copyAtMost(InputStream document, Path file) {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (InputStream in = document; OutputStream out = Files.newOutputStream(file)) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                total += read;
                if (total > maxBytes) {
                    throw Rejection.of(Rejection.Reason.TOO_LARGE, null, "kakehashi.transfer.error.size",
                            Math.max(1, maxBytes / (1024 * 1024)));
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (total == 0) {
            throw Rejection.of(Rejection.Reason.INVALID, null, "kakehashi.error.body.required");
        }
    }

    private Path folder() {
        Path folder = home.folder();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Kakehashi could not delete {}", file, e);
        }
    }

    private static Rejection notFound() {
        return Rejection.of(Rejection.Reason.NOT_FOUND, null, "kakehashi.transfer.error.nodocument");
    }
}
