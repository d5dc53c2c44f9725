package be.wegwijzer.security.ui;

import be.wegwijzer.base.ui.AdminMenu;
import be.wegwijzer.base.ui.MainLayout;
import be.wegwijzer.security.Role;
import be.wegwijzer.security.UserService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** {@code /beheer/gebruikers}: accounts, roles and organisations; administrators only. */
@Route(value = "beheer/gebruikers", layout = MainLayout.class)
@PageTitle("Gebruikers | Beheer | Wegwijzer Werkbaar Werk")
@Menu(title = "admin.menu.users", order = 70)
@RolesAllowed(Role.ADMIN)
public class UsersView extends Div {

    private final UserService users;
    final Grid<UserService.Account> grid = new Grid<>();
    final EmailField email = new EmailField("E-mailadres");
    final TextField name = new TextField("Naam");
    final Select<Role> role = new Select<>();
    final ComboBox<UserService.Organisation> organisation = new ComboBox<>("Organisatie (verplicht voor een bijdrager)");
    final PasswordField password = new PasswordField("Eerste wachtwoord (minstens 12 tekens)");

    UsersView(UserService users) {
        this.users = users;
        addClassName("users-page");
        role.setLabel("Rol");
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> r == null ? "—" : r.label());
        role.setValue(Role.BIJDRAGER);
        organisation.setItems(users.organisations());
        organisation.setItemLabelGenerator(UserService.Organisation::name);
        organisation.setClearButtonVisible(true);

        grid.addColumn(UserService.Account::displayName).setHeader("Naam");
        grid.addColumn(UserService.Account::email).setHeader("E-mailadres").setFlexGrow(2);
        grid.addColumn(a -> a.role().label()).setHeader("Rol");
        grid.addColumn(a -> a.organisationName() == null ? "" : a.organisationName()).setHeader("Organisatie").setFlexGrow(2);
        grid.addColumn(a -> !a.enabled() ? "Uitgeschakeld" : a.locked() ? "Vergrendeld" : "Actief").setHeader("Toestand");
        grid.addComponentColumn(a -> {
            Button toggle = new Button(a.enabled() ? "Uitschakelen" : "Inschakelen", e -> act(() -> users.setEnabled(a.id(), !a.enabled())));
            Button unlock = new Button("Ontgrendelen", e -> act(() -> users.unlock(a.id())));
            unlock.setVisible(a.locked());
            Select<Role> change = new Select<>();
            change.setItems(Role.values());
            change.setItemLabelGenerator(Role::label);
            change.setValue(a.role());
            change.setAriaLabel("Rol van " + a.displayName());
            change.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != a.role()) {
                    act(() -> users.changeRole(a.id(), e.getValue(), a.organisationSlug()));
                }
            });
            Button reset = new Button("Nieuw wachtwoord", e -> resetPassword(a));
            return new Div(change, toggle, unlock, reset);
        }).setHeader("Acties").setFlexGrow(3);
        grid.setAriaLabel("Gebruikers");
        grid.setAllRowsVisible(true);
        refresh();

        Button create = new Button("Account aanmaken", e -> act(() -> {
            users.create(email.getValue(), name.getValue(), role.getValue(),
                    organisation.getValue() == null ? null : organisation.getValue().slug(), password.getValue());
            email.clear();
            name.clear();
            password.clear();
            organisation.clear();
        }));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(email, name, role, organisation, password, create);
        form.addClassName("form-grid");
        add(new H1("Gebruikers"), new AdminMenu(), grid, new Section(new H2("Nieuw account"), form));
    }

    private void act(Runnable action) {
        List<HasValidation> fields = List.of(email, name, role, organisation, password);
        fields.forEach(f -> f.setInvalid(false));
        try {
            action.run();
            refresh();
            Notification.show("Bewaard.");
        } catch (UserService.InvalidAccount e) {
            HasValidation field = switch (e.field()) {
                case "email" -> email;
                case "displayName" -> name;
                case "role" -> role;
                case "organisation" -> organisation;
                case "password" -> password;
                default -> null;
            };
            if (field != null && ((com.vaadin.flow.component.Component) field).isAttached()) {
                field.setErrorMessage(e.getMessage());
                field.setInvalid(true);
            }
            Notification failure = Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE);
            failure.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** An administrator sets a new password for someone who forgot theirs; they hand it over in person or by phone. */
    private void resetPassword(UserService.Account account) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Nieuw wachtwoord voor " + account.displayName());
        PasswordField fresh = new PasswordField("Nieuw wachtwoord (minstens 12 tekens)");
        fresh.setWidthFull();
        Button save = new Button("Wachtwoord instellen", e -> {
            try {
                users.resetPassword(account.id(), fresh.getValue());
                dialog.close();
                Notification.show("Het nieuwe wachtwoord is ingesteld. Geef het persoonlijk door.");
            } catch (UserService.InvalidAccount problem) {
                fresh.setErrorMessage(problem.getMessage());
                fresh.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(fresh);
        dialog.getFooter().add(new Button("Annuleren", e -> dialog.close()), save);
        dialog.open();
    }

    private void refresh() {
        grid.setItems(users.accounts());
    }
}
