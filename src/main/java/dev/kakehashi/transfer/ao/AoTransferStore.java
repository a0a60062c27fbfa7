package dev.kakehashi.transfer.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.kakehashi.platform.ao.AoSetting;
import dev.kakehashi.transfer.TransferJob;
import dev.kakehashi.transfer.TransferStore;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongConsumer;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The app's data written to and read from export documents through Active Objects, and the jobs that do it.
 */
public class AoTransferStore implements TransferStore {
    static final String INSTANCE_SETTING = "transfer.instance";

    private final ActiveObjects ao;

    public AoTransferStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public String instanceId() {
        Optional<String> stored = storedInstanceId();
        if (stored.isPresent()) {
            return stored.get();
        }
        try {
            ao.create(AoSetting.class, new DBParam(AoSetting.NAME, INSTANCE_SETTING),
                    new DBParam(AoSetting.VALUE, UUID.randomUUID().toString()));
        } catch (RuntimeException raced) {
            // another node made it first (the name is unique): theirs is the one
        }
        return storedInstanceId().orElseThrow();
    }

    private Optional<String> storedInstanceId() {
        AoSetting[] rows = ao.find(AoSetting.class, Query.select("ID, " + AoSetting.NAME + ", " + AoSetting.VALUE)
                .where(AoSetting.NAME + " = ?", INSTANCE_SETTING));
        return rows.length == 0 ? Optional.empty() : Optional.ofNullable(rows[0].getSettingValue());
    }

    @Override
    public Export planExport() {
        ExportDocument exporter = new ExportDocument(ao);
        ExportDocument.Plan plan = exporter.plan();
        return new Export() {
            @Override
            public long rows() {
                return plan.rows();
            }

            @Override
            public void write(String product, String source, Instant exportedAt, OutputStream out,
                              LongConsumer progress) {
                exporter.write(plan, product, source, exportedAt, out, progress);
            }
        };
    }

    @Override
    public long check(Path document, String product, String ownInstanceId) {
        return new ImportDocument(ao).check(document, product, ownInstanceId).rows();
    }

    @Override
    public long[] importRows(Path document, LongConsumer progress) {
        ImportDocument.Outcome outcome = new ImportDocument(ao).write(document, progress);
        return new long[] {outcome.added(), outcome.skipped()};
    }

    @Override
    public Optional<TransferJob> latest() {
        AoTransferJob[] rows = ao.find(AoTransferJob.class, Query.select().order("ID DESC").limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(job(rows[0]));
    }

    @Override
    public Optional<TransferJob> job(long id) {
        if (id < 1 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        AoTransferJob row = ao.get(AoTransferJob.class, (int) id);
        return row == null ? Optional.empty() : Optional.of(job(row));
    }

    @Override
    public TransferJob start(TransferJob.Kind kind, String userKey, long rowsTotal, String fileName, Instant now) {
        AoTransferJob row = ao.create(AoTransferJob.class, new DBParam("KIND", kind.name().toLowerCase(Locale.ROOT)),
                new DBParam(AoTransferJob.STATE, TransferJob.State.RUNNING.name().toLowerCase(Locale.ROOT)),
                new DBParam("STARTED_BY", userKey), new DBParam("STARTED_AT", now.toEpochMilli()),
                new DBParam(AoTransferJob.HEARTBEAT_AT, now.toEpochMilli()), new DBParam("ROWS_DONE", 0L),
                new DBParam("ROWS_TOTAL", rowsTotal), new DBParam("ROWS_ADDED", 0L),
                new DBParam("FILE_NAME", fileName));
        return job(row);
    }

    @Override
    public void progress(long id, long rowsDone, Instant now) {
        AoTransferJob row = ao.get(AoTransferJob.class, (int) id);
        if (row != null) {
            row.setRowsDone(rowsDone);
            row.setHeartbeatAt(now.toEpochMilli());
            row.save();
        }
    }

    @Override
    public void finish(long id, TransferJob.State state, long rowsAdded, String messageKey, Instant now) {
        AoTransferJob row = ao.get(AoTransferJob.class, (int) id);
        if (row != null) {
            row.setState(state.name().toLowerCase(Locale.ROOT));
            row.setRowsAdded(rowsAdded);
            row.setMessageKey(messageKey);
            row.setHeartbeatAt(now.toEpochMilli());
            row.save();
        }
    }

    @Override
    public List<String> prune(int keep) {
        AoTransferJob[] old = ao.find(AoTransferJob.class, Query.select().order("ID DESC").offset(keep).limit(1000));
        List<String> files = new ArrayList<>();
        for (AoTransferJob row : old) {
            if (row.getFileName() != null) {
                files.add(row.getFileName());
            }
        }
        if (old.length > 0) {
            ao.delete(old);
        }
        return files;
    }

    private static TransferJob job(AoTransferJob row) {
        return new TransferJob(row.getID(), TransferJob.Kind.valueOf(row.getKind().toUpperCase(Locale.ROOT)),
                TransferJob.State.valueOf(row.getState().toUpperCase(Locale.ROOT)), row.getStartedBy(),
                Instant.ofEpochMilli(row.getStartedAt()), Instant.ofEpochMilli(row.getHeartbeatAt()),
                row.getRowsDone(), row.getRowsTotal(), row.getRowsAdded(), row.getFileName(), row.getMessageKey());
    }
}
