package be.wegwijzer.seo;

import be.wegwijzer.base.PublicUrl;
import be.wegwijzer.search.SearchUrl;
import jakarta.servlet.http.HttpServletRequest;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /sitemap.xml} (the sitemaps.org protocol) and {@code /robots.txt}, which points to it and keeps the back
 * office, the login, personal scan results and search-result pages out of search engines.
 */
@Controller
class SeoController {

    static final String SITEMAP = "/sitemap.xml";
    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    /** The protocol's limit per file; beyond it the sitemap would need an index of several files. */
    static final int MAX_URLS = 50_000;

    private static final CacheControl CACHE =
            CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

    private final SitemapService sitemap;
    private final PublicUrl address;

    SeoController(SitemapService sitemap, PublicUrl address) {
        this.sitemap = sitemap;
        this.address = address;
    }

    @GetMapping(SITEMAP)
    ResponseEntity<String> sitemap(HttpServletRequest request) throws XMLStreamException {
        String base = address.base(request);
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(NAMESPACE);
        for (SitemapService.Entry entry :
                sitemap.entries().stream().limit(MAX_URLS).toList()) {
            xml.writeStartElement("url");
            element(xml, "loc", base + entry.path());
            if (entry.lastModified() != null) {
                // W3C Datetime, to the second, in UTC
                element(
                        xml,
                        "lastmod",
                        entry.lastModified().truncatedTo(ChronoUnit.SECONDS).toString());
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8))
                .cacheControl(CACHE)
                .body(out.toString());
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots(HttpServletRequest request) {
        String base = address.base(request);
        String body = String.join(
                "\n",
                "User-agent: *",
                "Disallow: /beheer",
                "Disallow: /bijdragen",
                "Disallow: /login",
                "Disallow: /scan/resultaat/",
                "Disallow: /" + SearchUrl.PATH + "?",
                "Disallow: " + SearchUrl.FEED_PATH,
                "Allow: /",
                "",
                "Sitemap: " + base + SITEMAP,
                "");
        return ResponseEntity.ok()
                .contentType(MediaType.TEXT_PLAIN)
                .cacheControl(CACHE)
                .body(body);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
