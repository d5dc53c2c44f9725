package be.wegwijzer.contentimport;

import be.wegwijzer.itemfile.Taxonomy;
import be.wegwijzer.itemfile.ContentProblem;
import be.wegwijzer.itemfile.ItemMapper;
import be.wegwijzer.itemfile.ItemSource;
import be.wegwijzer.catalog.Audience;
import be.wegwijzer.catalog.AudienceEntry;
import be.wegwijzer.catalog.AudienceRepository;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemRepository;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.catalog.Region;
import be.wegwijzer.catalog.RegionRepository;
import be.wegwijzer.catalog.RevisionAuthor;
import be.wegwijzer.catalog.Sector;
import be.wegwijzer.catalog.SectorRepository;
import be.wegwijzer.catalog.TaxonomyChangedEvent;
import be.wegwijzer.catalog.Theme;
import be.wegwijzer.catalog.ThemeRepository;
import be.wegwijzer.search.SearchIndexAdmin;
import be.wegwijzer.security.SecurityAuditLog;
import be.wegwijzer.security.SecurityEvent;
import be.wegwijzer.search.SynonymGroup;
import be.wegwijzer.search.SynonymGroupRepository;
import be.wegwijzer.search.SynonymsChangedEvent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
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

    private final ItemRepository items;
    private final ThemeRepository themes;
    private final AudienceRepository audiences;
    private final SectorRepository sectors;
    private final RegionRepository regions;
    private final SynonymGroupRepository synonyms;
    private final ContentImportRunRepository runs;
    private final SearchIndexAdmin indexAdmin;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final SecurityAuditLog audit;
    private final long maxFileSize;
    /** One import at a time: start-up, the command and uploads may otherwise overlap. */
    private final ReentrantLock lock = new ReentrantLock();

    @PersistenceContext
    private EntityManager entityManager;

    ContentImporter(ItemRepository items, ThemeRepository themes, AudienceRepository audiences, SectorRepository sectors,
                    RegionRepository regions, SynonymGroupRepository synonyms, ContentImportRunRepository runs,
                    SearchIndexAdmin indexAdmin, PlatformTransactionManager transactionManager, Clock clock,
                    ApplicationEventPublisher events, SecurityAuditLog audit, ContentLimits limits) {
        this.maxFileSize = limits.maxFileSize().toBytes();
        this.events = events;
        this.audit = audit;
        this.items = items;
        this.themes = themes;
        this.audiences = audiences;
        this.sectors = sectors;
        this.regions = regions;
        this.synonyms = synonyms;
        this.runs = runs;
        this.indexAdmin = indexAdmin;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
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
    private record Mode(String source, boolean skipWhenUnchanged, boolean overwritePortalEdits, boolean upload, boolean dryRun) {
    }

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
                ? new ImportReport(true, true, List.of(), List.of(), 0, 0, set.items().size(), 0, false, duration)
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
                    Outcome result = RevisionAuthor.describe("Import uit " + (mode.upload() ? mode.source() : folder.getFileName()),
                            () -> apply(set, mode));
                    if (mode.dryRun()) {
                        status.setRollbackOnly();
                    }
                    return result;
                });
                report = new ImportReport(true, false, List.of(), outcome.warnings, outcome.created, outcome.updated,
                        outcome.unchanged, outcome.deleted, outcome.taxonomyChanged, since(started));
                if (mode.dryRun()) {
                    return report;
                }
                if (outcome.taxonomyChanged) {
                    events.publishEvent(new TaxonomyChangedEvent());
                }
                events.publishEvent(new SynonymsChangedEvent()); // the file's groups were replaced
                audit.record(SecurityEvent.Type.CONTENT_IMPORTED, report.summary());
                if (outcome.needsFullReindex()) {
                    indexAdmin.reindexAll();
                }
            } catch (DataAccessException | PersistenceException e) {
                log.warn("Content import rolled back", e);
                report = ImportReport.refused(List.of(new ContentProblem(mode.source(), 0,
                        "De database weigerde de import: " + rootMessage(e),
                        "Er is niets gewijzigd. Wordt een item dat je verwijderde nog gebruikt door een item dat in de portaal "
                                + "werd gemaakt? Pas dat item eerst aan.")), since(started));
            }
            return mode.dryRun() ? report : record(started, mode.source(), set.fingerprint(), report);
        } finally {
            lock.unlock();
        }
    }

    private Outcome apply(ContentSet set, Mode mode) {
        boolean overwritePortalEdits = mode.overwritePortalEdits();
        Instant now = clock.instant();
        Outcome outcome = new Outcome();
        outcome.taxonomyChanged = applyTaxonomy(set.taxonomy());
        replaceFileSynonyms(set.taxonomy().synonymGroups());
        Taxonomy taxonomy = Taxonomy.of(themes.findAll(), audiences.findAll(), sectors.findAll(), regions.findAll());

        Map<String, Item> bySlug = new HashMap<>();
        items.findAll().forEach(i -> bySlug.put(i.getSlug(), i));
        Set<String> inFiles = new HashSet<>();
        List<ContentSet.ParsedItem> changed = new ArrayList<>();
        for (ContentSet.ParsedItem parsed : set.items()) {
            ItemSource source = parsed.source();
            inFiles.add(source.slug());
            Item item = bySlug.get(source.slug());
            if (item != null && isUnchanged(parsed, item)) {
                if (item.getContentHash() == null) {
                    item.setContentHash(parsed.contentHash()); // it now comes from a file, as overwriting it would have made it
                }
                if (!mode.upload()) {
                    item.clearEditedInPortal(); // file and portal agree again: the file leads from here on
                }
                outcome.unchanged++;
                continue;
            }
            if (item != null && item.getEditedInPortalAt() != null && !overwritePortalEdits) {
                // The file changed and so did the item in the portal: neither wins silently.
                outcome.warnings.add(new ContentProblem(parsed.file(), 1, "Niet overschreven: dit item werd in de portaal gewijzigd op "
                        + item.getEditedInPortalAt() + ".", "Exporteer het item om beide versies te vergelijken, of importeer met "
                        + "'--overschrijf' als de bestanden de juiste versie bevatten."));
                outcome.unchanged++;
                continue;
            }
            if (item == null) {
                item = new Item(source.type(), source.slug(), now);
                ItemMapper.applyFields(source, item, taxonomy);
                item.publication().publish(now);
                entityManager.persist(item);
                bySlug.put(source.slug(), item);
                outcome.created++;
            } else {
                boolean organisationRenamed = item.getType() == ItemType.ORGANISATIE && !source.title().equals(item.getTitle());
                outcome.organisationRenamed |= organisationRenamed;
                ItemMapper.applyFields(source, item, taxonomy);
                item.touch(now);
                outcome.updated++;
            }
            item.setContentHash(parsed.contentHash());
            if (mode.upload()) {
                item.markEditedInPortal(now);
            } else {
                item.clearEditedInPortal();
            }
            changed.add(parsed);
        }
        for (ContentSet.ParsedItem parsed : changed) {
            ItemMapper.applyRelations(parsed.source(), bySlug.get(parsed.source().slug()), bySlug);
        }
        // Items that came from files and whose file is gone; items made in the portal have no hash and stay.
        Map<Long, Long> inUse = organisationsInUse();
        Map<Item, String> keep = new LinkedHashMap<>();
        List<Item> gone = new ArrayList<>();
        for (Item item : bySlug.values()) {
            if (inFiles.contains(item.getSlug()) || item.getContentHash() == null) {
                continue;
            }
            long users = inUse.getOrDefault(item.getId(), 0L);
            if (item.getEditedInPortalAt() != null && !overwritePortalEdits) {
                keep.put(item, "het item werd in de portaal gewijzigd.");
            } else if (users > 0) {
                keep.put(item, users + (users == 1 ? " account of voorstel hoort" : " accounts of voorstellen horen")
                        + " bij deze organisatie.");
            } else {
                gone.add(item);
            }
        }
        keepWhatStayingItemsReferTo(bySlug.values(), gone, keep);
        keep.forEach((item, reason) -> outcome.warnings.add(new ContentProblem(item.getType().folder() + "/" + item.getSlug()
                + ".md", 0, "Niet verwijderd: het bestand ontbreekt, maar " + reason,
                "Archiveer het in de portaal als het weg mag (koppel eerst accounts en verwijzingen los), of zet het bestand terug.")));
        gone.forEach(entityManager::remove);
        outcome.deleted += gone.size();
        entityManager.flush();
        deleteObsoleteTerms(set.taxonomy(), outcome);
        applyAudienceHighlights(set.taxonomy(), bySlug);
        return outcome;
    }

    /**
     * An item that stays (its file is there, it was made or changed in the portal) must not point to an item that
     * goes: such an item stays too, with a warning, until nothing refers to it any more.
     */
    private static void keepWhatStayingItemsReferTo(Collection<Item> all, List<Item> gone, Map<Item, String> keep) {
        boolean changed = true;
        while (changed) {
            changed = false;
            Set<Item> goneSet = new HashSet<>(gone);
            for (Item item : all) {
                if (goneSet.contains(item)) {
                    continue;
                }
                List<Item> targets = new ArrayList<>(item.getRelated());
                targets.add(item.getOwner());
                targets.add(item.measure().getReplacedBy());
                for (Item target : targets) {
                    if (target != null && goneSet.contains(target)) {
                        gone.remove(target);
                        goneSet.remove(target);
                        keep.put(target, item + " verwijst er nog naar.");
                        changed = true;
                    }
                }
            }
        }
    }

    /**
     * How many accounts and proposals name each organisation; such an organisation cannot go. Read once before any
     * deletion: a query in between would flush half-done deletions.
     */
    private Map<Long, Long> organisationsInUse() {
        Map<Long, Long> uses = new HashMap<>();
        for (String jpql : List.of("select a.organisation.id, count(a) from UserAccount a where a.organisation is not null "
                + "group by a.organisation.id", "select p.organisation.id, count(p) from ItemProposal p "
                + "where p.organisation is not null group by p.organisation.id")) {
            entityManager.createQuery(jpql, Object[].class).getResultList()
                    .forEach(row -> uses.merge((Long) row[0], (Long) row[1], Long::sum));
        }
        return uses;
    }

    /**
     * The same file as last time, or a file that says the same: an exported zip formats files differently from
     * the ones they were imported from, and importing it back must not rewrite every item. The stored hash is
     * kept, so a later import of the original file still counts as unchanged.
     */
    private static boolean isUnchanged(ContentSet.ParsedItem parsed, Item item) {
        if (item.getType() != parsed.source().type()) {
            return false;
        }
        return parsed.contentHash().equals(item.getContentHash())
                || ItemMapper.asStored(parsed.source()).equals(ItemMapper.toSource(item));
    }

    // ---- taxonomy ---------------------------------------------------------------------------------------

    /** Inserts and updates taxonomy terms; returns whether anything changed. Obsolete terms go after the items. */
    private boolean applyTaxonomy(TaxonomySource source) {
        boolean changed = false;
        Map<String, Region> regionsByCode = byCode(regions.findAll(), Region::getCode);
        for (TaxonomySource.RegionSource r : source.regions()) {
            if (!regionsByCode.containsKey(r.code())) {
                Region region = new Region(r.code());
                region.update(r.label(), null, r.order());
                entityManager.persist(region);
                regionsByCode.put(r.code(), region);
                changed = true;
            }
        }
        for (TaxonomySource.RegionSource r : source.regions()) {
            Region region = regionsByCode.get(r.code());
            Region parent = r.parent() == null ? null : regionsByCode.get(r.parent());
            if (!Objects.equals(region.getLabel(), r.label()) || region.getParent() != parent || region.getSortOrder() != r.order()) {
                region.update(r.label(), parent, r.order());
                changed = true;
            }
        }
        Map<String, Theme> themesByCode = byCode(themes.findAll(), Theme::getCode);
        for (TaxonomySource.ThemeSource t : source.themes()) {
            if (!themesByCode.containsKey(t.code())) {
                Theme theme = new Theme(t.code());
                theme.update(t.label(), t.explanation(), null, t.order());
                entityManager.persist(theme);
                themesByCode.put(t.code(), theme);
                changed = true;
            }
        }
        for (TaxonomySource.ThemeSource t : source.themes()) {
            Theme theme = themesByCode.get(t.code());
            Theme parent = t.parent() == null ? null : themesByCode.get(t.parent());
            if (!Objects.equals(theme.getLabel(), t.label()) || !Objects.equals(theme.getExplanation(), t.explanation())
                    || theme.getParent() != parent || theme.getSortOrder() != t.order()) {
                theme.update(t.label(), t.explanation(), parent, t.order());
                changed = true;
            }
        }
        Map<String, Audience> audiencesByCode = byCode(audiences.findAll(), Audience::getCode);
        for (TaxonomySource.AudienceSource a : source.audiences()) {
            Audience audience = audiencesByCode.get(a.code());
            if (audience == null) {
                audience = new Audience(a.code());
                audience.update(a.label(), a.explanation(), a.order());
                entityManager.persist(audience);
                changed = true;
            } else if (!Objects.equals(audience.getLabel(), a.label()) || !Objects.equals(audience.getExplanation(), a.explanation())
                    || audience.getSortOrder() != a.order()) {
                audience.update(a.label(), a.explanation(), a.order());
                changed = true;
            }
            // The page content is not copied into item documents, so it does not count as a taxonomy change.
            audience.updatePage(a.intro(), a.entries().stream()
                    .map(e -> new AudienceEntry(e.label(), AudienceEntries.searchOf(e))).toList());
        }
        Map<String, Sector> sectorsByCode = byCode(sectors.findAll(), Sector::getCode);
        for (TaxonomySource.SectorSource s : source.sectors()) {
            Sector sector = sectorsByCode.get(s.code());
            if (sector == null) {
                sector = new Sector(s.code());
                sector.update(s.label(), s.explanation(), s.jointCommittees(), s.order());
                entityManager.persist(sector);
                changed = true;
            } else if (!Objects.equals(sector.getLabel(), s.label()) || !Objects.equals(sector.getExplanation(), s.explanation())
                    || !sector.getJointCommittees().equals(s.jointCommittees()) || sector.getSortOrder() != s.order()) {
                sector.update(s.label(), s.explanation(), s.jointCommittees(), s.order());
                changed = true;
            }
        }
        return changed;
    }

    private void deleteObsoleteTerms(TaxonomySource source, Outcome outcome) {
        Set<String> themeCodes = codes(source.themes(), TaxonomySource.ThemeSource::code);
        List<Theme> obsoleteThemes = themes.findAll().stream().filter(t -> !themeCodes.contains(t.getCode())).toList();
        obsoleteThemes.forEach(t -> t.update(t.getLabel(), t.getExplanation(), null, t.getSortOrder()));
        Set<String> regionCodes = codes(source.regions(), TaxonomySource.RegionSource::code);
        List<Region> obsoleteRegions = regions.findAll().stream().filter(r -> !regionCodes.contains(r.getCode())).toList();
        obsoleteRegions.forEach(r -> r.update(r.getLabel(), null, r.getSortOrder()));
        entityManager.flush();
        themes.deleteAll(obsoleteThemes);
        regions.deleteAll(obsoleteRegions);
        Set<String> audienceCodes = codes(source.audiences(), TaxonomySource.AudienceSource::code);
        List<Audience> obsoleteAudiences = audiences.findAll().stream().filter(a -> !audienceCodes.contains(a.getCode())).toList();
        audiences.deleteAll(obsoleteAudiences);
        Set<String> sectorCodes = codes(source.sectors(), TaxonomySource.SectorSource::code);
        List<Sector> obsoleteSectors = sectors.findAll().stream().filter(s -> !sectorCodes.contains(s.getCode())).toList();
        sectors.deleteAll(obsoleteSectors);
        entityManager.flush();
        outcome.taxonomyChanged |= !(obsoleteThemes.isEmpty() && obsoleteRegions.isEmpty() && obsoleteAudiences.isEmpty()
                && obsoleteSectors.isEmpty());
    }

    private void applyAudienceHighlights(TaxonomySource source, Map<String, Item> bySlug) {
        Map<String, Audience> audiencesByCode = byCode(audiences.findAll(), Audience::getCode);
        for (TaxonomySource.AudienceSource a : source.audiences()) {
            audiencesByCode.get(a.code()).setHighlights(a.highlights().stream()
                    .map(ref -> bySlug.get(ref.substring(ref.indexOf('/') + 1))).filter(Objects::nonNull).toList());
        }
    }

    private void replaceFileSynonyms(List<List<String>> groups) {
        synonyms.deleteByOrigin(SynonymGroup.Origin.FILE);
        groups.forEach(words -> synonyms.save(new SynonymGroup(words, SynonymGroup.Origin.FILE)));
    }

    // ---- bookkeeping ------------------------------------------------------------------------------------

    /** Whether the last successful import from this source had exactly these files. */
    private boolean isLastImported(String source, String fingerprint) {
        return runs.findFirstBySourceAndSucceededTrueOrderByIdDesc(source).map(r -> r.getContentHash().equals(fingerprint))
                .orElse(false);
    }

    private ImportReport record(Instant started, String source, String fingerprint, ImportReport report) {
        try {
            transaction.executeWithoutResult(status -> runs.save(new ContentImportRun(started, clock.instant(), source, fingerprint,
                    report)));
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

    private static <T> Map<String, T> byCode(List<T> terms, Function<T, String> code) {
        Map<String, T> map = new HashMap<>();
        terms.forEach(t -> map.put(code.apply(t), t));
        return map;
    }

    private static <T> Set<String> codes(List<T> entries, Function<T, String> code) {
        Set<String> codes = new HashSet<>();
        entries.forEach(e -> codes.add(code.apply(e)));
        return codes;
    }

    private static final class Outcome {
        int created;
        int updated;
        int unchanged;
        int deleted;
        boolean taxonomyChanged;
        boolean organisationRenamed;
        final List<ContentProblem> warnings = new ArrayList<>();

        /** Labels of terms and owner names are copied into other items' index documents. */
        boolean needsFullReindex() {
            return taxonomyChanged || organisationRenamed;
        }
    }
}
