package be.wegwijzer.security.ui;

import be.wegwijzer.base.ui.MainLayout;
import be.wegwijzer.security.UserAccount;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;

/** {@code /login}: for editors, contributors and administrators; visitors never need an account. */
@Route(value = "login", layout = MainLayout.class)
@PageTitle("Aanmelden | Wegwijzer Werkbaar Werk")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver {

    final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("login-page");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(getTranslation("login.error.title"), ""));
        add(
                new H1(getTranslation("login.title")),
                new Paragraph(getTranslation("login.intro")),
                form,
                new Paragraph(new Anchor("/", getTranslation("notfound.home"))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, ?> parameters = event.getLocation().getQueryParameters().getParameters();
        String message = parameters.containsKey("fout") || parameters.containsKey("error")
                ? getTranslation(
                        "login.error.wrong",
                        UserAccount.SLOW_DOWN_AFTER,
                        UserAccount.LOCK_AFTER,
                        UserAccount.LOCK_DURATION.toMinutes())
                : null;
        if (message != null) {
            form.setI18n(i18n(getTranslation("login.error.title"), message));
            form.setError(true);
        }
    }

    private LoginI18n i18n(String errorTitle, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.form.title"));
        i18n.getForm().setUsername(getTranslation("login.form.email"));
        i18n.getForm().setPassword(getTranslation("login.form.password"));
        i18n.getForm().setSubmit(getTranslation("login.form.submit"));
        i18n.getErrorMessage().setTitle(errorTitle);
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }
}
