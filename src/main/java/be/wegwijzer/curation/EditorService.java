package be.wegwijzer.curation;

import be.wegwijzer.base.CurrentActor;
import be.wegwijzer.base.PlainText;
import be.wegwijzer.catalog.AudienceRepository;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemRepository;
import be.wegwijzer.catalog.ItemRevision;
import be.wegwijzer.catalog.ItemStatus;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.catalog.RegionRepository;
import be.wegwijzer.catalog.RevisionAuthor;
import be.wegwijzer.catalog.SectorRepository;
import be.wegwijzer.catalog.ThemeRepository;
import be.wegwijzer.itemfile.FieldProblem;
import be.wegwijzer.itemfile.ItemMapper;
import be.wegwijzer.itemfile.ItemSource;
import be.wegwijzer.itemfile.ItemValidator;
import be.wegwijzer.itemfile.Taxonomy;
import be.wegwijzer.itemfile.Vocabulary;
import be.wegwijzer.search.EditorQuery;
import be.wegwijzer.search.EditorRow;
import be.wegwijzer.search.SearchService;
import be.wegwijzer.security.CurrentUser;
import be.wegwijzer.security.Role;
import be.wegwijzer.security.UserAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and editing items in the portal. Every save goes through the importer's rules ({@link ItemValidator}),
 * keeps a revision (Envers) and guards against overwriting someone else's save. Contributors work only for their
 * own organisation and never publish.
 */
@Service
@Transactional
public class EditorService {

    /** The field path of a practice's contact person's name in problems (not a content-file field: never exported). */
    public static final String CONTACT_NAME = "contact.naam";

    private final ItemRepository items;
    private final SearchService search;
    private final ThemeRepository themes;
    private final AudienceRepository audiences;
    private final SectorRepository sectors;
    private final RegionRepository regions;
    private final ItemTransitionRepository transitions;
    private final WorkflowSteps steps;
    private final CurrentUser currentUser;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    EditorService(
            ItemRepository items,
            SearchService search,
            ThemeRepository themes,
            AudienceRepository audiences,
            SectorRepository sectors,
            RegionRepository regions,
            ItemTransitionRepository transitions,
            WorkflowSteps steps,
            CurrentUser currentUser,
            Clock clock) {
        this.steps = steps;
        this.items = items;
        this.search = search;
        this.themes = themes;
        this.audiences = audiences;
        this.sectors = sectors;
        this.regions = regions;
        this.transitions = transitions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // ---- reading ----------------------------------------------------------------------------------------

    /** The item list; contributors see only their organisation's items. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.EDITOR, Role.ADMIN, Role.CONTRIBUTOR})
    public Page<EditorRow> list(EditorQuery query, Pageable pageable) {
        EditorQuery effective = currentUser.isEditor()
                ? query
                : new EditorQuery(
                        query.text(),
                        query.status(),
                        query.type(),
                        contributorOrganisation().getSlug(),
                        query.reviewBefore());
        return search.editorRows(effective, pageable);
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Role.EDITOR, Role.ADMIN, Role.CONTRIBUTOR})
    public EditorItem load(long id) {
        Item item = item(id);
        checkMayEdit(item);
        return view(item);
    }

    /** Checks the user may see this item before a preview shows it. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.EDITOR, Role.ADMIN, Role.CONTRIBUTOR})
    public void checkMayPreview(long id) {
        checkMayEdit(item(id));
    }

    /** The codes and items an item may refer to, for the form's pickers and for validation. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.EDITOR, Role.ADMIN, Role.CONTRIBUTOR})
    public Vocabulary vocabulary() {
        Map<String, ItemType> bySlug = new HashMap<>();
        entityManager
                .createQuery("select i.slug, i.type from Item i", Object[].class)
                .getResultList()
                .forEach(row -> bySlug.put((String) row[0], (ItemType) row[1]));
        return new Vocabulary(
                themes.findAll().stream().map(t -> t.getCode()).collect(Collectors.toSet()),
                audiences.findAll().stream().map(a -> a.getCode()).collect(Collectors.toSet()),
                sectors.findAll().stream().map(s -> s.getCode()).collect(Collectors.toSet()),
                regions.findAll().stream().map(r -> r.getCode()).collect(Collectors.toSet()),
                bySlug);
    }

    /** Same rules and messages as the importer, plus what only applies to editing in the portal. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.EDITOR, Role.ADMIN, Role.CONTRIBUTOR})
    public List<FieldProblem> validate(ItemSource source, boolean isNew) {
        Vocabulary vocabulary = vocabulary();
        List<FieldProblem> problems = new ArrayList<>(ItemValidator.validate(source, vocabulary));
        if (isNew && vocabulary.itemsBySlug().containsKey(source.slug())) {
            problems.add(new FieldProblem(
                    "slug",
                    "De slug '" + source.slug() + "' is al in gebruik.",
                    "Kies een andere korte naam; het webadres moet uniek zijn."));
        }
        return problems;
    }

    // ---- writing ----------------------------------------------------------------------------------------

    /** A new item; contributors create it for their organisation, as a concept. */
    @RolesAllowed({Role.EDITOR, Role.ADMIN, Role.CONTRIBUTOR})
    public EditorItem create(ItemSource source, String comment) {
        ItemSource effective = currentUser.isEditor()
                ? source
                : withOwner(source, contributorOrganisation().getSlug());
        List<FieldProblem> problems = validate(effective, true);
        if (!problems.isEmpty()) {
            throw new EditorException.Invalid(problems);
        }
        Instant now = clock.instant();
        Item item = new Item(effective.type(), effective.slug(), now);
        item.publication().returnToConcept();
        return RevisionAuthor.describe(describe(comment, "Aangemaakt"), () -> {
            apply(effective, item, now);
            entityManager.persist(item);
            transitions.save(new ItemTransition(item, null, ItemStatus.CONCEPT, CurrentActor.name(), now, comment));
            return view(item);
        });
    }

    /**
     * Saves an edit. When the item changed since {@code openedVersion}, nothing is written and the caller gets the
     * current version to compare with; the editor's own input stays in the form.
     */
    @RolesAllowed({Role.EDITOR, Role.ADMIN, Role.CONTRIBUTOR})
    public EditorItem save(long id, ItemSource source, long openedVersion, String comment) {
        Item item = item(id);
        checkMayEdit(item);
        if (item.getVersion() != openedVersion) {
            throw new EditorException.Conflict(view(item));
        }
        if (!currentUser.isEditor() && item.getStatus() == ItemStatus.GEPUBLICEERD) {
            throw new EditorException.NotAllowed("Een gepubliceerd item kan een bijdrager niet rechtstreeks wijzigen. "
                    + "Stel je wijziging voor; een redacteur bekijkt ze.");
        }
        ItemSource effective = withSlugAndType(
                currentUser.isEditor()
                        ? source
                        : withOwner(source, contributorOrganisation().getSlug()),
                item);
        List<FieldProblem> problems = validate(effective, false);
        if (!problems.isEmpty()) {
            throw new EditorException.Invalid(problems);
        }
        Instant now = clock.instant();
        return RevisionAuthor.describe(describe(comment, "Bewaard"), () -> {
            apply(effective, item, now);
            entityManager.flush(); // the version check happens now, inside this call, not at commit
            return view(item);
        });
    }

    /** Moves an item through the workflow; publication and withdrawal can be planned for later. */
    @RolesAllowed({Role.EDITOR, Role.ADMIN, Role.CONTRIBUTOR})
    public EditorItem transition(long id, ItemStatus to, String comment, Instant planned) {
        Item item = item(id);
        checkMayEdit(item);
        ItemStatus from = item.getStatus();
        if (!Workflow.allowed(from, to, currentUser.isEditor())) {
            throw new EditorException.NotAllowed(
                    "Van '" + from.label() + "' naar '" + to.label() + "' mag je niet zelf zetten.");
        }
        Instant now = clock.instant();
        String actor = CurrentActor.name();
        if (planned != null && planned.isAfter(now)) {
            if (to == ItemStatus.GEPUBLICEERD) {
                item.publication().planPublication(planned);
            } else if (to == ItemStatus.GEARCHIVEERD) {
                item.publication().planWithdrawal(planned);
            } else {
                throw new EditorException.NotAllowed("Alleen publiceren en intrekken kun je plannen.");
            }
            transitions.save(new ItemTransition(
                    item,
                    from,
                    from,
                    actor,
                    now,
                    "Gepland: " + to.label() + " op " + planned
                            + (comment == null || comment.isBlank() ? "" : ". " + comment)));
            return view(item);
        }
        return RevisionAuthor.describe(describe(comment, to.label()), () -> {
            steps.move(item, to, actor, now, comment);
            return view(item);
        });
    }

    /**
     * Adds a question and its answer to the FAQ of a measure or tool, as a save by the editor: the same checks,
     * history (Envers) and index update as an edit in the form. Used to turn a visitor's answered question into content.
     */
    @RolesAllowed({Role.EDITOR, Role.ADMIN})
    public EditorItem addFaqEntry(long id, String question, String answer, String comment) {
        Item item = item(id);
        if (item.getType() != ItemType.MAATREGEL && item.getType() != ItemType.TOOL) {
            throw new EditorException.NotAllowed("Alleen een maatregel of een tool heeft veelgestelde vragen. "
                    + "Kies een maatregel of tool voor deze vraag.");
        }
        ItemSource source = ItemMapper.toSource(item).withFaqEntry(question, answer);
        return save(id, source, item.getVersion(), comment);
    }

    /** A practice's contact person: stored only with the contributor's consent (see PracticeDetails). */
    @RolesAllowed({Role.EDITOR, Role.ADMIN, Role.CONTRIBUTOR})
    public void setContact(long id, String name, String email, boolean consent) {
        Item item = item(id);
        checkMayEdit(item);
        if (item.getType() != ItemType.PRAKTIJK) {
            throw new EditorException.NotAllowed("Alleen een goede praktijk heeft een contactpersoon.");
        }
        PlainText.line(name).ifPresent(p -> {
            throw new EditorException.Invalid(List.of(new FieldProblem(CONTACT_NAME, p.message(), p.hint())));
        });
        item.practice().setContact(blankToNull(name), blankToNull(email), consent);
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private void apply(ItemSource source, Item item, Instant now) {
        Taxonomy taxonomy = Taxonomy.of(themes.findAll(), audiences.findAll(), sectors.findAll(), regions.findAll());
        ItemMapper.applyFields(source, item, taxonomy);
        Set<String> referenced = new HashSet<>(source.related().stream()
                .map(r -> r.substring(r.indexOf('/') + 1))
                .toList());
        if (source.owner() != null) {
            referenced.add(source.owner());
        }
        if (source.verifiedBy() != null) {
            referenced.add(source.verifiedBy());
        }
        referenced.addAll(source.details().references());
        Map<String, Item> bySlug = new HashMap<>();
        items.findBySlugIn(referenced).forEach(i -> bySlug.put(i.getSlug(), i));
        ItemMapper.applyRelations(source, item, bySlug);
        item.markEditedInPortal(now);
    }

    /** What the editor shows of an item; {@link ItemRemovalService} returns it too. */
    EditorItem view(Item item) {
        List<EditorItem.Step> steps = item.getId() == null
                ? List.of()
                : transitions.findByItemOrderByOccurredAtDescIdDesc(item).stream()
                        .map(t -> new EditorItem.Step(
                                t.getFrom(), t.getTo(), t.getActor(), t.getOccurredAt(), t.getComment()))
                        .toList();
        var practice = item.practice();
        EditorItem.Contact contact = item.getType() == ItemType.PRAKTIJK
                ? new EditorItem.Contact(
                        practice.getContactName(), practice.getContactEmail(), practice.hasContactConsent())
                : EditorItem.Contact.NONE;
        return new EditorItem(
                item.getId(),
                ItemMapper.toSource(item),
                item.getStatus(),
                item.getVersion(),
                item.getUpdatedAt(),
                item.publication().getPublishAt(),
                item.publication().getWithdrawAt(),
                item.getEditedInPortalAt(),
                lastChangedBy(item),
                steps,
                contact);
    }

    private String lastChangedBy(Item item) {
        if (item.getId() == null) {
            return CurrentActor.name();
        }
        List<?> revisions = AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntity(Item.class, false, true)
                .add(AuditEntity.id().eq(item.getId()))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(1)
                .getResultList();
        return revisions.isEmpty() ? null : ((ItemRevision) ((Object[]) revisions.getFirst())[1]).getActor();
    }

    Item item(long id) {
        return items.findById(id).orElseThrow(() -> new EditorException.NotAllowed("Dit item bestaat niet (meer)."));
    }

    /** Contributors edit only items of their own organisation. */
    private void checkMayEdit(Item item) {
        if (currentUser.isEditor()) {
            return;
        }
        Item organisation = contributorOrganisation();
        if (!Objects.equals(item.getOwner(), organisation) && !Objects.equals(item, organisation)) {
            throw new EditorException.NotAllowed("Je kunt alleen items van " + organisation.getTitle() + " bewerken.");
        }
    }

    private Item contributorOrganisation() {
        return currentUser
                .account()
                .map(UserAccount::getOrganisation)
                .orElseThrow(() -> new EditorException.NotAllowed(
                        "Je account hoort bij geen organisatie. Vraag een beheerder om dat in te stellen."));
    }

    private static ItemSource withOwner(ItemSource s, String owner) {
        return s.type() == ItemType.ORGANISATIE ? s : s.withOwner(owner);
    }

    /** The slug is the page's address and the type decides its URL: neither changes once the item exists. */
    private static ItemSource withSlugAndType(ItemSource s, Item item) {
        return s.withIdentity(item.getType(), item.getSlug());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String describe(String comment, String action) {
        return comment == null || comment.isBlank() ? action : action + ": " + comment;
    }
}
