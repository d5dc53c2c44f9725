package be.wegwijzer.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Hardens the first response of every Vaadin page. With {@code vaadin.eagerServerLoad} Vaadin writes the first
 * screen's state (search words, titles, anything a visitor or an editor typed) as JSON into inline scripts marked
 * {@code initial}; that JSON is encoded here so no value can end the script element ({@link ScriptData}). Every
 * script element then gets this response's nonce, and the Content-Security-Policy names it, so that markup which
 * reaches the page by any other way still cannot run.
 */
@Component
class BootstrapPageHardening implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        boolean devTools = event.getSource().getDeploymentConfiguration().isDevToolsEnabled();
        event.addIndexHtmlRequestListener(response -> harden(response, devTools));
    }

    static void harden(IndexHtmlResponse response, boolean devTools) {
        for (Element script : response.getDocument().select("script[initial]")) {
            for (DataNode data : script.dataNodes()) {
                data.setWholeData(ScriptData.encodeJson(data.getWholeData()));
            }
        }
        String policy;
        if (devTools) {
            policy = SecurityHeaders.policyForDevelopmentPage();
        } else {
            String nonce = SecurityHeaders.newNonce();
            response.getDocument().select("script").attr("nonce", nonce);
            policy = SecurityHeaders.policyForPage(nonce);
        }
        response.getVaadinResponse().setHeader(SecurityHeaders.CONTENT_SECURITY_POLICY, policy);
    }
}
