package be.wegwijzer.search;

import be.wegwijzer.catalog.Item;
import org.springframework.data.repository.Repository;

/** Spring Data repository that exposes the full-text fragment; plain CRUD lives in {@code ItemRepository}. */
public interface SearchableItemRepository extends Repository<Item, Long>, ItemSearchRepository {}
