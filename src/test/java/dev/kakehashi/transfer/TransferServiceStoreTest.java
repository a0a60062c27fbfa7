package dev.kakehashi.transfer;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import dev.kakehashi.platform.ClusterLocks;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.platform.ao.AoModel;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.TestDatabase;
import dev.kakehashi.transfer.ao.AoTransferStore;
import dev.kakehashi.transfer.ao.TransferTables;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import net.java.ao.DBParam;
import net.java.ao.Entity;
import net.java.ao.RawEntity;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Jobs on a real database: one at a time, a job whose node went silent is ended, documents are kept in the transfer
 * folder only while they are needed, and a refused document leaves neither a job nor a file.
 */
public class TransferServiceStoreTest {
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private EntityManagerActiveObjects ao;
    private AoTransferStore store;
    private Path folder;
    private final TransferHome home = new TransferHome() {
        @Override
        public Path folder() {
            return folder;
        }

        @Override
        public String product() {
            return "jira";
        }
    };
    private final ClusterLocks locks = new ClusterLocks() {
        @Override
        public synchronized <T> T underLock(String name, Supplier<T> work) {
            return work.get();
        }
    };

    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<?>>[] entities() {
        List<Class<? extends Entity>> all = new ArrayList<>();
        TransferTables.ALL.forEach(t -> all.add(t.entity()));
        all.addAll(TransferTables.NOT_EXPORTED);
        return all.toArray(new Class[0]);
    }

    @Before
    public void open() throws IOException {
        ao = TestDatabase.open(entities());
        store = new AoTransferStore(ao);
        folder = Files.createTempDirectory("kakehashi-transfer");
    }

    @After
    public void close() throws IOException {
        TestDatabase.close(ao);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    private TransferService service(Clock clock, long maxBytes) {
        TransferService service = new TransferService(store, home, locks, clock);
        service.limit(maxBytes);
        return service;
    }

    private TransferService service() {
        return service(Clock.systemUTC(), TransferService.MAX_DOCUMENT_BYTES);
    }

    private static void assertRefused(Rejection.Reason reason, String key, Runnable call) {
        try {
            call.run();
            fail("not refused");
        } catch (Rejection refused) {
            assertEquals(reason, refused.reason());
            assertEquals(key, refused.problems().get(0).messageKey());
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private TransferJob ended(TransferService service) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            TransferJob job = service.latest().orElseThrow();
            if (job.state() != TransferJob.State.RUNNING) {
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the job did not end");
    }

    /** A document exported by another instance holding one department. */
    private byte[] documentFromElsewhere() {
        ao.create(dev.kakehashi.admin.ao.AoDepartment.class, new DBParam("DEPARTMENT_KEY", "sales"),
                new DBParam("NAME_EN", "Sales"), new DBParam("NAME_JA", "営業"), new DBParam("SORT_ORDER", 1),
                new DBParam("ACTIVE", true));
        TransferStore.Export export = store.planExport();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write("jira", "elsewhere-1", NOW, out, rows -> { });
        ao.deleteWithSQL(dev.kakehashi.admin.ao.AoDepartment.class, "ID > ?", 0);
        return out.toByteArray();
    }

    @Test
    public void aSecondJobIsRefusedWhileOneRunsAnywhereInTheCluster() throws Exception {
        store.start(TransferJob.Kind.EXPORT, "other-node-admin", 10, "export-x.json", Instant.now());
        TransferService service = service();

        assertRefused(Rejection.Reason.CONFLICT, "kakehashi.transfer.error.running",
                () -> service.startExport("admin"));
        assertRefused(Rejection.Reason.CONFLICT, "kakehashi.transfer.error.running",
                () -> service.startImport("admin", new ByteArrayInputStream(documentFromElsewhere())));
        assertEquals(List.of(), files());
    }

    @Test
    public void aJobWhoseNodeWentSilentIsEndedAndANewOneMayStart() throws Exception {
        store.start(TransferJob.Kind.IMPORT, "admin", 10, "import-x.json", NOW.minus(TransferService.STALE)
                .minusSeconds(1));
        TransferService service = service(Clock.fixed(NOW, ZoneOffset.UTC), TransferService.MAX_DOCUMENT_BYTES);

        TransferJob stale = service.latest().orElseThrow();
        assertEquals(TransferJob.State.FAILED, stale.state());
        assertEquals("kakehashi.transfer.error.stopped", stale.messageKey());
        TransferJob next = service.startExport("admin");
        assertEquals(TransferJob.State.RUNNING, next.state());
        ended(service);
    }

    @Test
    public void anExportEndsWithADocumentInTheSharedFolder() throws Exception {
        documentFromElsewhere();
        TransferService service = service();
        TransferJob started = service.startExport("admin");
        TransferJob done = ended(service);
        assertEquals(started.id(), done.id());
        assertEquals(TransferJob.State.DONE, done.state());
        assertEquals(100, done.percent());
        Path document = service.exportDocument(done.id());
        assertTrue(document.startsWith(folder));
        assertTrue(Files.readString(document, StandardCharsets.UTF_8).startsWith("{\"format\":\"kakehashi-export\""));
        assertRefused(Rejection.Reason.NOT_FOUND, "kakehashi.transfer.error.nodocument",
                () -> service.exportDocument(done.id() + 1));
    }

    @Test
    public void anImportAddsTheRowsAndRemovesItsDocumentAfterwards() throws Exception {
        byte[] document = documentFromElsewhere();
        TransferService service = service();
        TransferJob started = service.startImport("admin", new ByteArrayInputStream(document));
        assertEquals(1, started.rowsTotal());
        TransferJob done = ended(service);
        assertEquals(TransferJob.State.DONE, done.state());
        assertEquals(1, done.rowsAdded());
        assertEquals(1, ao.count(dev.kakehashi.admin.ao.AoDepartment.class));
        assertEquals(List.of(), files());
    }

    @Test
    public void aDocumentOverTheLimitOrUnfitLeavesNeitherAJobNorAFile() throws Exception {
        byte[] document = documentFromElsewhere();
        TransferService small = service(Clock.systemUTC(), document.length - 1);
        assertRefused(Rejection.Reason.TOO_LARGE, "kakehashi.transfer.error.size",
                () -> small.startImport("admin", new ByteArrayInputStream(document)));
        byte[] newer = new String(document, StandardCharsets.UTF_8).replace("\"modelVersion\":" + AoModel.VERSION,
                "\"modelVersion\":" + (AoModel.VERSION + 1))
                .getBytes(StandardCharsets.UTF_8);
        assertRefused(Rejection.Reason.INVALID, "kakehashi.transfer.error.newer",
                () -> service().startImport("admin", new ByteArrayInputStream(newer)));
        assertRefused(Rejection.Reason.INVALID, "kakehashi.error.body.required",
                () -> service().startImport("admin", new ByteArrayInputStream(new byte[0])));
        assertTrue(store.latest().isEmpty());
        assertEquals(List.of(), files());
        assertEquals(0, ao.count(dev.kakehashi.admin.ao.AoDepartment.class));
    }
}
