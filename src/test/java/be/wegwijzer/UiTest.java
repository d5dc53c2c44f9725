package be.wegwijzer;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.springframework.test.util.AopTestUtils;

/** Base of the browserless UI tests: the Vaadin UI runs in the test JVM against the shared test context. */
@IntegrationTest
public abstract class UiTest extends SpringBrowserlessTest {

    /** Navigates to a location with a query string, which {@code navigate(String, Class)} does not accept. */
    protected <T extends Component> T open(String location, Class<T> viewType) {
        int question = location.indexOf('?');
        String path = question < 0 ? location : location.substring(0, question);
        String query = question < 0 ? "" : location.substring(question + 1);
        UI.getCurrent().navigate(path, QueryParameters.fromString(query));
        return viewType.cast(getCurrentView());
    }

    /**
     * The view itself rather than Spring's proxy around it: views guarded with {@code @RolesAllowed} are also seen
     * by method security, which wraps them; the proxy forwards calls but its own fields stay empty.
     */
    protected static <T> T target(T view) {
        return AopTestUtils.getUltimateTargetObject(view);
    }

    /** Texts of all components of a type in the current view, in order. */
    protected <T extends Component & HasText> List<String> texts(Class<T> type) {
        return $view(type).all().stream().map(HasText::getText).toList();
    }

    protected List<String> links() {
        return $view(Anchor.class).all().stream().map(Anchor::getHref).toList();
    }
}
