package be.wegwijzer.curation;

import be.wegwijzer.catalog.Item;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ItemProposalRepository extends JpaRepository<ItemProposal, Long> {

    List<ItemProposal> findByStatusOrderByCreatedAtAsc(ItemProposal.Status status);

    List<ItemProposal> findByItemOrderByCreatedAtDesc(Item item);

    List<ItemProposal> findByItemAndStatusAndProposedBy(Item item, ItemProposal.Status status, String proposedBy);
}
