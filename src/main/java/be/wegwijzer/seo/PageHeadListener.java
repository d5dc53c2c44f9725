package be.wegwijzer.seo;

import be.wegwijzer.base.PublicUrl;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Gives the first response of every page its own head, readable content and status code (Vaadin's
 * {@code IndexHtmlRequestListener}: the page shell as a jsoup document, for every page request, before it is sent).
 * The same answer for every visitor and bot; what to write is decided by {@link PageHeads}.
 */
@Component
class PageHeadListener implements VaadinServiceInitListener {

    private final PageHeads heads;
    private final PublicUrl address;

    PageHeadListener(PageHeads heads, PublicUrl address) {
        this.heads = heads;
        this.address = address;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::modify);
        // Once the view is on the page, the prerendered copy leaves the document (the stylesheet already hides it):
        // after a navigation inside the application it would be the previous page's content.
        event.getSource()
                .addUIInitListener(init -> init.getUI()
                        .getPage()
                        .executeJs("document.querySelectorAll('body > ." + HeadWriter.PRERENDERED
                                + "').forEach(e => e.remove())"));
    }

    void modify(IndexHtmlResponse response) {
        if (!(response.getVaadinRequest() instanceof VaadinServletRequest servletRequest)) {
            return;
        }
        HttpServletRequest request = servletRequest.getHttpServletRequest();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Map<String, List<String>> parameters = request.getParameterMap().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> Arrays.asList(e.getValue())));
        PageHead head = heads.of(path, parameters, address.base(request));
        HeadWriter.write(response.getDocument(), head, address.base(request));
        if (head.status() != PageHeads.OK) {
            response.getVaadinResponse().setStatus(head.status());
        }
    }
}
