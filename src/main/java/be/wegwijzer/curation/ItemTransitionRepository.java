package be.wegwijzer.curation;

import be.wegwijzer.catalog.Item;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ItemTransitionRepository extends JpaRepository<ItemTransition, Long> {

    List<ItemTransition> findByItemOrderByOccurredAtDescIdDesc(Item item);
}
