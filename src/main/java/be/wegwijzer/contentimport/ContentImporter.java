package be.wegwijzer.contentimport;

import be.wegwijzer.catalog.RevisionAuthor;
import be.wegwijzer.catalog.TaxonomyChangedEvent;
import be.wegwijzer.itemfile.ContentProblem;
import be.wegwijzer.questions.RoutingRuleService;
import be.wegwijzer.search.SearchIndexAdmin;
import be.wegwijzer.search.SynonymService;
import be.wegwijzer.security.SecurityAuditLog;
import be.wegwijzer.security.SecurityEvent;
import jakarta.persistence.PersistenceException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a content folder: reads and checks everything first, then writes all of it in one transaction.
 * Any problem refuses the whole batch and the database keeps what it had. Items whose file did not change
 * are not rewritten.
 */
@Service
public class ContentImporter {

    private static final Logger log = LoggerFactory.getLogger(ContentImporter.class);

    private final TaxonomyImport taxonomyImport;
    private final ItemImport itemImport;
    private final SynonymService synonyms;
    private final RoutingRuleService routingRules;
    private final ContentImportRunRepository runs;
    private final SearchIndexAdmin indexAdmin;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final SecurityAuditLog audit;
    private final long maxFileSize;
    /** One import at a time: start-up, the command and uploads may otherwise overlap. */
    private final ReentrantLock lock = new ReentrantLock();

    ContentImporter(
            TaxonomyImport taxonomyImport,
            ItemImport itemImport,
            SynonymService synonyms,
            RoutingRuleService routingRules,
            ContentImportRunRepository runs,
            SearchIndexAdmin indexAdmin,
            PlatformTransactionManager transactionManager,
            Clock clock,
            ApplicationEventPublisher events,
            SecurityAuditLog audit,
            ContentLimits limits) {
        this.taxonomyImport = taxonomyImport;
        this.itemImport = itemImport;
        this.synonyms = synonyms;
        this.routingRules = routingRules;
        this.runs = runs;
        this.indexAdmin = indexAdmin;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.events = events;
        this.audit = audit;
        this.maxFileSize = limits.maxFileSize().toBytes();
    }

    /**
     * How an import runs.
     *
     * @param source               what is imported, for the import history and messages: a folder or "upload.zip"
     * @param skipWhenUnchanged    do nothing when this source is exactly what was last imported from it
     * @param overwritePortalEdits let the files win over changes made in the portal since the last import
     * @param upload               the files come through the portal (a zip), so what they change counts as a portal
     *                             edit that a later import of {@code content/} will not silently overwrite
     * @param dryRun               work everything out, then roll back: a preview of what an import would do
     */
    private record Mode(
            String source, boolean skipWhenUnchanged, boolean overwritePortalEdits, boolean upload, boolean dryRun) {}

    /** Imports the folder unless its files are identical to what was last imported from it. */
    public ImportReport importIfChanged(Path folder) {
        return run(folder, new Mode(source(folder), true, false, false, false));
    }

    /** Imports the folder; unchanged items are still left untouched, and so are items edited in the portal. */
    public ImportReport importFolder(Path folder) {
        return run(folder, new Mode(source(folder), false, false, false, false));
    }

    /**
     * Imports the folder and lets the files win over changes made in the portal since the last import: for when
     * the files were deliberately brought up to date (e.g. after an export, edit and review of the files).
     */
    public ImportReport importFolderOverwritingPortalEdits(Path folder) {
        return run(folder, new Mode(source(folder), false, true, false, false));
    }

    /**
     * Imports a zip with the layout of a content folder, as {@link ContentExporter} writes it. The zip is unpacked
     * into a temporary folder, refused whole when an entry is unsafe, and otherwise checked and imported exactly
     * like a folder. What it changes counts as edited in the portal (see {@link Mode#upload}).
     */
    public ImportReport importZip(InputStream zip, boolean overwritePortalEdits) {
        return zip(zip, new Mode(UnpackedZip.NAME, false, overwritePortalEdits, true, false));
    }

    public ImportReport importZip(InputStream zip) {
        return importZip(zip, false);
    }

    /** What importing the zip would do, without changing anything: counts, warnings and problems. */
    public ImportReport previewZip(InputStream zip, boolean overwritePortalEdits) {
        return zip(zip, new Mode(UnpackedZip.NAME, false, overwritePortalEdits, true, true));
    }

    private ImportReport zip(InputStream zip, Mode mode) {
        Instant started = clock.instant();
        try (UnpackedZip unpacked = UnpackedZip.unpack(zip)) {
            if (!unpacked.problems().isEmpty()) {
                ImportReport refused = ImportReport.refused(unpacked.problems(), since(started));
                return mode.dryRun() ? refused : record(started, mode.source(), "", refused);
            }
            return run(unpacked.root(), mode);
        }
    }

    /** Reads and checks the folder without writing anything. */
    public ImportReport validate(Path folder) {
        Instant started = clock.instant();
        ContentSet set = ContentParser.parse(folder, maxFileSize);
        Duration duration = Duration.between(started, clock.instant());
        return set.isValid()
                ? new ImportReport(
                        true, true, List.of(), List.of(), 0, 0, set.items().size(), 0, false, duration)
                : ImportReport.refused(set.problems(), duration);
    }

    private static String source(Path folder) {
        return folder.toAbsolutePath().normalize().toString();
    }

    private ImportReport run(Path folder, Mode mode) {
        lock.lock();
        try {
            Instant started = clock.instant();
            ContentSet set = ContentParser.parse(folder, maxFileSize);
            if (!set.isValid()) {
                ImportReport refused = ImportReport.refused(set.problems(), since(started));
                return mode.dryRun() ? refused : record(started, mode.source(), set.fingerprint(), refused);
            }
            if (mode.skipWhenUnchanged() && isLastImported(mode.source(), set.fingerprint())) {
                ImportReport skipped = ImportReport.skipped(set.items().size(), since(started));
                log.info(skipped.summary());
                return skipped;
            }
            ImportReport report;
            try {
                Outcome outcome = transaction.execute(status -> {
                    Outcome result = RevisionAuthor.describe(
                            "Import uit " + (mode.upload() ? mode.source() : folder.getFileName()),
                            () -> apply(set, mode));
                    if (mode.dryRun()) {
                        status.setRollbackOnly();
                    }
                    return result;
                });
                report = new ImportReport(
                        true,
                        false,
                        List.of(),
                        outcome.items().warnings,
                        outcome.items().created,
                        outcome.items().updated,
                        outcome.items().unchanged,
                        outcome.items().deleted,
                        outcome.taxonomyChanged(),
                        since(started));
                if (mode.dryRun()) {
                    return report;
                }
                if (outcome.taxonomyChanged()) {
                    events.publishEvent(new TaxonomyChangedEvent());
                }
                audit.record(SecurityEvent.Type.CONTENT_IMPORTED, report.summary());
                if (outcome.needsFullReindex()) {
                    indexAdmin.reindexAll();
                }
            } catch (DataAccessException | PersistenceException e) {
                log.warn("Content import rolled back", e);
                report = ImportReport.refused(
                        List.of(new ContentProblem(
                                mode.source(),
                                0,
                                "De database weigerde de import: " + rootMessage(e),
                                "Er is niets gewijzigd. Wordt een item dat je verwijderde nog gebruikt door een item dat in de portaal "
                                        + "werd gemaakt? Pas dat item eerst aan.")),
                        since(started));
            }
            return mode.dryRun() ? report : record(started, mode.source(), set.fingerprint(), report);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Taxonomy first (items point to its terms), then the items, then what only goes once the items moved off it:
     * obsolete terms, and the audience pages' highlights (they point to items).
     */
    private Outcome apply(ContentSet set, Mode mode) {
        Instant now = clock.instant();
        TaxonomySource taxonomySource = set.taxonomy();
        boolean taxonomyChanged = taxonomyImport.addAndUpdate(taxonomySource);
        synonyms.replaceFileGroups(taxonomySource.synonymGroups());
        ItemImport.Outcome items =
                itemImport.apply(set, taxonomyImport.stored(), mode.upload(), mode.overwritePortalEdits(), now);
        taxonomyChanged |= taxonomyImport.deleteObsolete(taxonomySource);
        taxonomyImport.applyAudienceHighlights(taxonomySource, items.bySlug);
        routingRules.replaceFileRules(set.routingRules());
        return new Outcome(items, taxonomyChanged);
    }

    // ---- bookkeeping ------------------------------------------------------------------------------------

    /** Whether the last successful import from this source had exactly these files. */
    private boolean isLastImported(String source, String fingerprint) {
        return runs.findFirstBySourceAndSucceededTrueOrderByIdDesc(source)
                .map(r -> r.getContentHash().equals(fingerprint))
                .orElse(false);
    }

    private ImportReport record(Instant started, String source, String fingerprint, ImportReport report) {
        try {
            transaction.executeWithoutResult(
                    status -> runs.save(new ContentImportRun(started, clock.instant(), source, fingerprint, report)));
        } catch (DataAccessException e) {
            log.warn("Could not record the import run", e);
        }
        if (report.succeeded()) {
            log.info(report.summary());
        } else {
            log.warn(report.format());
        }
        return report;
    }

    private Duration since(Instant started) {
        return Duration.between(started, clock.instant());
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private record Outcome(ItemImport.Outcome items, boolean taxonomyChanged) {

        /** Labels of terms and owner names are copied into other items' index documents. */
        boolean needsFullReindex() {
            return taxonomyChanged || items.organisationRenamed;
        }
    }
}
