package be.wegwijzer.linkcheck;

import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemStatus;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Reads the addresses out of the items, one query per field that holds one. Read-only. */
interface ItemUrlRepository extends Repository<Item, Long> {

    @Query(
            "select new be.wegwijzer.linkcheck.ItemUrl(l.url, i.id, i.type, i.slug, i.title, i.publication.status, l.label)"
                    + " from Item i join i.links l where i.publication.status in :statuses")
    List<ItemUrl> links(Collection<ItemStatus> statuses);

    @Query(
            "select new be.wegwijzer.linkcheck.ItemUrl(i.parts.measure.applyUrl, i.id, i.type, i.slug, i.title, i.publication.status)"
                    + " from Item i where i.parts.measure.applyUrl is not null and i.publication.status in :statuses")
    List<ItemUrl> applyUrls(Collection<ItemStatus> statuses);

    @Query(
            "select new be.wegwijzer.linkcheck.ItemUrl(i.parts.organisation.web, i.id, i.type, i.slug, i.title, i.publication.status)"
                    + " from Item i where i.parts.organisation.web is not null and i.publication.status in :statuses")
    List<ItemUrl> websites(Collection<ItemStatus> statuses);

    @Query(
            "select new be.wegwijzer.linkcheck.ItemUrl(i.parts.activity.registerUrl, i.id, i.type, i.slug, i.title, i.publication.status)"
                    + " from Item i where i.parts.activity.registerUrl is not null and i.publication.status in :statuses")
    List<ItemUrl> registerUrls(Collection<ItemStatus> statuses);

    @Query(
            "select new be.wegwijzer.linkcheck.ItemUrl(i.parts.publication.url, i.id, i.type, i.slug, i.title, i.publication.status)"
                    + " from Item i where i.parts.publication.url is not null and i.publication.status in :statuses")
    List<ItemUrl> readUrls(Collection<ItemStatus> statuses);
}
