package be.wegwijzer.curation;

import be.wegwijzer.base.PlainText;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemStatus;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.itemfile.FieldProblem;
import be.wegwijzer.itemfile.ItemSource;
import be.wegwijzer.itemfile.PracticeSource;
import be.wegwijzer.security.CurrentUser;
import be.wegwijzer.security.Role;
import be.wegwijzer.security.UserAccount;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a contributed good practice into an item waiting for review, attributed to the contributor's
 * organisation. It is checked with the importer's rules like any other item.
 */
@Service
@Transactional
public class ContributionService {

    private final EditorService editor;
    private final CurrentUser currentUser;
    private final Clock clock;

    ContributionService(EditorService editor, CurrentUser currentUser, Clock clock) {
        this.editor = editor;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Returns the new item, already submitted for review. */
    @RolesAllowed({Role.CONTRIBUTOR, Role.EDITOR, Role.ADMIN})
    public EditorItem submit(PracticeContribution c, String ownerSlug) {
        List<FieldProblem> problems = new ArrayList<>();
        if ((c.contactName() != null || c.contactEmail() != null) && !c.contactConsent()) {
            problems.add(new FieldProblem(
                    "contact",
                    "Er is een contactpersoon, maar geen toestemming om die te publiceren.",
                    "Vink de toestemming aan of laat naam en e-mailadres leeg."));
        }
        for (String[] required : new String[][] {{"uitdaging", c.challenge()}, {"aanpak", c.whatTheyDid()}}) {
            if (required[1] == null || required[1].isBlank()) {
                problems.add(new FieldProblem(
                        required[0],
                        "Dit deel van het verhaal ontbreekt.",
                        "Vertel in een paar zinnen wat er speelde en wat jullie deden."));
            }
        }
        // The story parts become the Markdown text of the item; as the contributor types them they are plain text.
        for (String[] story :
                new String[][] {{"uitdaging", c.challenge()}, {"aanpak", c.whatTheyDid()}, {"wat_het_kostte", c.costs()}
                }) {
            PlainText.text(story[1]).ifPresent(p -> problems.add(new FieldProblem(story[0], p.message(), p.hint())));
        }
        PlainText.line(c.contactName())
                .ifPresent(p -> problems.add(new FieldProblem(EditorService.CONTACT_NAME, p.message(), p.hint())));
        UserAccount account = currentUser.account().orElse(null);
        Item organisation = account == null ? null : account.getOrganisation();
        String owner = currentUser.isEditor() && ownerSlug != null
                ? ownerSlug
                : organisation == null ? null : organisation.getSlug();
        ItemSource source = source(c, owner, organisation == null ? owner : organisation.getTitle());
        problems.addAll(editor.validate(source, true));
        if (!problems.isEmpty()) {
            throw new EditorException.Invalid(problems);
        }
        EditorItem created = editor.create(source, "Bijdrage via het formulier");
        if (c.contactConsent()) {
            editor.setContact(created.id(), c.contactName(), c.contactEmail(), true);
        }
        return editor.transition(
                created.id(), ItemStatus.TER_REVIEW, "Ingediend via het formulier goede praktijk", null);
    }

    private ItemSource source(PracticeContribution c, String owner, String organisationName) {
        LocalDate today = LocalDate.now(clock);
        StringBuilder body = new StringBuilder();
        section(body, "De uitdaging", c.challenge());
        section(body, "Wat ze deden", c.whatTheyDid());
        section(body, "Wat het opleverde", c.results());
        section(body, "Wat het kostte", c.costs());
        String slug = Slugs.of(c.title()) + "-" + today.getYear();
        return new ItemSource(
                ItemType.PRAKTIJK,
                slug,
                c.title(),
                c.summary(),
                c.themes(),
                List.of("werkgevers", "sectorconsulenten"),
                c.sector() == null ? List.of() : List.of(c.sector()),
                c.region() == null ? List.of() : List.of(c.region()),
                c.size() == null ? List.of() : List.of(c.size()),
                null,
                null,
                owner,
                List.of(),
                List.of(),
                "Bijdrage van " + organisationName + " via de wegwijzer, " + today,
                null,
                today.toString(),
                null,
                null,
                today.plusYears(1),
                false,
                null,
                new PracticeSource(
                        null,
                        c.sector(),
                        c.size(),
                        c.region(),
                        c.investmentEur(),
                        blank(c.duration()),
                        blank(c.results()),
                        blank(c.businessCase())),
                body.toString().strip());
    }

    private static void section(StringBuilder body, String heading, String text) {
        if (text != null && !text.isBlank()) {
            body.append("## ")
                    .append(heading)
                    .append("\n\n")
                    .append(text.strip())
                    .append("\n\n");
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
