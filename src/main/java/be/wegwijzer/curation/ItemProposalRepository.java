package be.wegwijzer.curation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ItemProposalRepository extends JpaRepository<ItemProposal, Long> {

    List<ItemProposal> findByStatusOrderByCreatedAtAsc(ItemProposal.Status status);
}
