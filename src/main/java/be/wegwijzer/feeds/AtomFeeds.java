package be.wegwijzer.feeds;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

/**
 * Feed entries as an Atom 1.0 document through Rome. The entry id is the item's address (stable while the item
 * lives); the feed's updated date is its newest entry's change, so a reader polling an unchanged feed sees nothing new.
 */
final class AtomFeeds {

    private AtomFeeds() {}

    /**
     * @param self     the feed's own absolute address
     * @param page     the absolute address of the page the feed follows
     * @param fallback the feed's updated date when it has no entries
     */
    static String write(
            String title,
            String subtitle,
            String self,
            String page,
            String base,
            String publisher,
            List<FeedEntry> entries,
            Instant fallback) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(title);
        feed.setDescription(subtitle);
        feed.setUri(self);
        feed.setLanguage("nl-BE");
        feed.setLinks(List.of(link(self, "self", "application/atom+xml"), link(page, "alternate", "text/html")));
        feed.setAuthors(List.of(person(publisher, base + "/")));
        Instant updated = entries.stream()
                .map(FeedEntry::updated)
                .max(Comparator.naturalOrder())
                .orElse(fallback);
        feed.setPublishedDate(Date.from(updated));
        List<SyndEntry> items = new ArrayList<>();
        for (FeedEntry e : entries) {
            items.add(entry(e, base));
        }
        feed.setEntries(items);
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("Atom feed could not be written", e);
        }
    }

    private static SyndEntry entry(FeedEntry e, String base) {
        String url = base + e.path();
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(url);
        entry.setLink(url);
        entry.setTitle(e.type().label() + ": " + e.title());
        SyndContent summary = new SyndContentImpl();
        summary.setType("text/plain");
        summary.setValue(e.summary());
        entry.setDescription(summary);
        entry.setPublishedDate(Date.from(e.published()));
        entry.setUpdatedDate(Date.from(e.updated()));
        if (e.owner() != null) {
            entry.setAuthors(List.of(person(e.owner(), null)));
        }
        List<SyndCategory> categories = new ArrayList<>();
        SyndCategory type = new SyndCategoryImpl();
        type.setName(e.type().label());
        categories.add(type);
        for (String theme : e.themes()) {
            SyndCategory category = new SyndCategoryImpl();
            category.setName(theme);
            categories.add(category);
        }
        entry.setCategories(categories);
        return entry;
    }

    private static SyndLink link(String href, String rel, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setHref(href);
        link.setRel(rel);
        link.setType(type);
        return link;
    }

    private static SyndPerson person(String name, String uri) {
        SyndPerson person = new SyndPersonImpl();
        person.setName(name);
        person.setUri(uri);
        return person;
    }
}
