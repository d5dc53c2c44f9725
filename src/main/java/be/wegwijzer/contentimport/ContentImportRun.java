package be.wegwijzer.contentimport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** A record of one import attempt: its fingerprint tells the next start-up whether files changed. */
@Entity
@Table(name = "content_import")
class ContentImportRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at", nullable = false)
    private Instant finishedAt;

    /** The folder (absolute path) or "upload.zip"; the start-up import compares with the last run of its own folder. */
    @Column(name = "source", length = 500)
    private String source;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "succeeded", nullable = false)
    private boolean succeeded;

    @Column(name = "items_created", nullable = false)
    private int itemsCreated;

    @Column(name = "items_updated", nullable = false)
    private int itemsUpdated;

    @Column(name = "items_unchanged", nullable = false)
    private int itemsUnchanged;

    @Column(name = "items_deleted", nullable = false)
    private int itemsDeleted;

    @Lob
    @Column(name = "report", nullable = false, columnDefinition = "longtext")
    private String report;

    protected ContentImportRun() {}

    ContentImportRun(Instant startedAt, Instant finishedAt, String source, String contentHash, ImportReport report) {
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.source = source;
        this.contentHash = contentHash;
        this.succeeded = report.succeeded();
        this.itemsCreated = report.created();
        this.itemsUpdated = report.updated();
        this.itemsUnchanged = report.unchanged();
        this.itemsDeleted = report.deleted();
        this.report = report.format();
    }

    String getContentHash() {
        return contentHash;
    }

    boolean isSucceeded() {
        return succeeded;
    }
}
