package be.wegwijzer.security.ui;

import be.wegwijzer.base.ui.AdminMenu;
import be.wegwijzer.base.ui.MainLayout;
import be.wegwijzer.security.Role;
import be.wegwijzer.security.UserAccount;
import be.wegwijzer.security.UserService;
import com.vaadin.flow.component.Component;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** {@code /beheer/gebruikers}: accounts, roles and organisations; administrators only. */
@Route(value = "beheer/gebruikers", layout = MainLayout.class)
@Menu(title = "admin.menu.users", order = 70)
@RolesAllowed(Role.ADMIN)
public class UsersView extends Div implements HasDynamicTitle {

    private final UserService users;
    final Grid<UserService.Account> grid = new Grid<>();
    final EmailField email = new EmailField(getTranslation("admin.users.email"));
    final TextField name = new TextField(getTranslation("admin.users.name"));
    final Select<Role> role = new Select<>();
    final ComboBox<UserService.Organisation> organisation = new ComboBox<>(getTranslation("admin.users.organisation"));
    final PasswordField password =
            new PasswordField(getTranslation("admin.users.password", UserAccount.PASSWORD_MIN_LENGTH));

    UsersView(UserService users) {
        this.users = users;
        addClassName("users-page");
        role.setLabel(getTranslation("admin.users.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> r == null ? "—" : r.label());
        role.setValue(Role.BIJDRAGER);
        organisation.setItems(users.organisations());
        organisation.setItemLabelGenerator(UserService.Organisation::name);
        organisation.setClearButtonVisible(true);

        grid.addColumn(UserService.Account::displayName).setHeader(getTranslation("admin.users.name"));
        grid.addColumn(UserService.Account::email)
                .setHeader(getTranslation("admin.users.email"))
                .setFlexGrow(2);
        grid.addColumn(a -> a.role().label()).setHeader(getTranslation("admin.users.role"));
        grid.addColumn(a -> a.organisationName() == null ? "" : a.organisationName())
                .setHeader(getTranslation("admin.users.column.organisation"))
                .setFlexGrow(2);
        grid.addColumn(a -> getTranslation(
                        !a.enabled()
                                ? "admin.users.state.disabled"
                                : a.locked() ? "admin.users.state.locked" : "admin.users.state.active"))
                .setHeader(getTranslation("admin.users.column.state"));
        grid.addComponentColumn(a -> {
                    Button toggle = new Button(
                            getTranslation(a.enabled() ? "admin.users.disable" : "admin.users.enable"),
                            e -> act(() -> users.setEnabled(a.id(), !a.enabled())));
                    Button unlock =
                            new Button(getTranslation("admin.users.unlock"), e -> act(() -> users.unlock(a.id())));
                    unlock.setVisible(a.locked());
                    Select<Role> change = new Select<>();
                    change.setItems(Role.values());
                    change.setItemLabelGenerator(Role::label);
                    change.setValue(a.role());
                    change.setAriaLabel(getTranslation("admin.users.role.of", a.displayName()));
                    change.addValueChangeListener(e -> {
                        if (e.isFromClient() && e.getValue() != a.role()) {
                            act(() -> users.changeRole(a.id(), e.getValue(), a.organisationSlug()));
                        }
                    });
                    Button reset = new Button(getTranslation("admin.users.reset"), e -> resetPassword(a));
                    return new Div(change, toggle, unlock, reset);
                })
                .setHeader(getTranslation("admin.users.column.actions"))
                .setFlexGrow(3);
        grid.setAriaLabel(getTranslation("admin.users.title"));
        grid.setAllRowsVisible(true);
        refresh();

        Button create = new Button(
                getTranslation("admin.users.create"),
                e -> act(() -> {
                    users.create(
                            email.getValue(),
                            name.getValue(),
                            role.getValue(),
                            organisation.getValue() == null
                                    ? null
                                    : organisation.getValue().slug(),
                            password.getValue());
                    email.clear();
                    name.clear();
                    password.clear();
                    organisation.clear();
                }));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(email, name, role, organisation, password, create);
        form.addClassName("form-grid");
        add(
                new H1(getTranslation("admin.users.title")),
                new AdminMenu(),
                grid,
                new Section(new H2(getTranslation("admin.users.new.heading")), form));
    }

    private void act(Runnable action) {
        List<HasValidation> fields = List.of(email, name, role, organisation, password);
        fields.forEach(f -> f.setInvalid(false));
        try {
            action.run();
            refresh();
            Notification.show(getTranslation("admin.users.saved"));
        } catch (UserService.InvalidAccount e) {
            HasValidation field = switch (e.field()) {
                case "email" -> email;
                case "displayName" -> name;
                case "role" -> role;
                case "organisation" -> organisation;
                case "password" -> password;
                default -> null;
            };
            if (field != null && ((Component) field).isAttached()) {
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
        dialog.setHeaderTitle(getTranslation("admin.users.reset.title", account.displayName()));
        PasswordField fresh =
                new PasswordField(getTranslation("admin.users.reset.password", UserAccount.PASSWORD_MIN_LENGTH));
        fresh.setWidthFull();
        Button save = new Button(getTranslation("admin.users.reset.set"), e -> {
            try {
                users.resetPassword(account.id(), fresh.getValue());
                dialog.close();
                Notification.show(getTranslation("admin.users.reset.done"));
            } catch (UserService.InvalidAccount problem) {
                fresh.setErrorMessage(problem.getMessage());
                fresh.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(fresh);
        dialog.getFooter().add(new Button(getTranslation("admin.action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void refresh() {
        grid.setItems(users.accounts());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.users.pagetitle");
    }
}
