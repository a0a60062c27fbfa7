package dev.kakehashi.transfer.rest;

import com.atlassian.sal.api.message.I18nResolver;
import dev.kakehashi.transfer.TransferJob;
import java.util.Locale;

/**
 * An export or import as the admin page polls it.
 *
 * @param message     why it failed, in the reader's language; null unless failed
 * @param documentUrl where to download the document of a finished export, relative to the REST base; else null
 */
public record TransferJobJson(long id, String kind, String state, int percent, long rowsDone, long rowsTotal,
                              long rowsAdded, String startedAt, String message, String documentUrl) {
    static TransferJobJson of(TransferJob job, I18nResolver i18n) {
        boolean downloadable = job.kind() == TransferJob.Kind.EXPORT && job.state() == TransferJob.State.DONE;
        return new TransferJobJson(job.id(), job.kind().name().toLowerCase(Locale.ROOT),
                job.state().name().toLowerCase(Locale.ROOT), job.percent(), job.rowsDone(), job.rowsTotal(),
                job.rowsAdded(), job.startedAt().toString(),
                job.messageKey() == null ? null : i18n.getText(job.messageKey()),
                downloadable ? "/admin/transfer/jobs/" + job.id() + "/document" : null);
    }
}
