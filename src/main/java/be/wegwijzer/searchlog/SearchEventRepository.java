package be.wegwijzer.searchlog;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The search log and its weekly reports; searches without words (browsing) are left out of the query lists. */
interface SearchEventRepository extends JpaRepository<SearchEvent, Long> {

    Optional<SearchEvent> findBySearchId(String searchId);

    /** Keeps the first click: a later one on the same result page does not overwrite it. */
    @Modifying
    @Query("update SearchEvent e set e.clickedRank = :rank where e.searchId = :searchId and e.clickedRank is null")
    int recordClick(String searchId, int rank);

    @Modifying
    @Query("delete from SearchEvent e where e.occurredAt < :cutoff")
    int deleteOccurredBefore(Instant cutoff);

    @Query("select distinct e.isoWeek from SearchEvent e order by e.isoWeek desc")
    List<String> weeks();

    @Query("""
            select new be.wegwijzer.searchlog.WeekSummary(count(e),
                coalesce(sum(case when e.query = '' then 1 else 0 end), 0),
                coalesce(sum(case when e.resultCount = 0 then 1 else 0 end), 0),
                count(e.clickedRank))
            from SearchEvent e where e.isoWeek = :week""")
    WeekSummary summary(String week);

    @Query("""
            select new be.wegwijzer.searchlog.PopularQuery(e.query, count(e), avg(e.resultCount), count(e.clickedRank))
            from SearchEvent e where e.isoWeek = :week and e.query <> ''
            group by e.query order by count(e) desc, e.query""")
    List<PopularQuery> popular(String week, Pageable limit);

    @Query("""
            select new be.wegwijzer.searchlog.ZeroResultQuery(e.query, count(e),
                sum(case when e.filters <> '' then 1 else 0 end), max(e.occurredAt))
            from SearchEvent e where e.isoWeek = :week and e.query <> '' and e.resultCount = 0
            group by e.query order by count(e) desc, max(e.occurredAt) desc, e.query""")
    List<ZeroResultQuery> zeroResults(String week, Pageable limit);

    @Query("""
            select new be.wegwijzer.searchlog.UnclickedQuery(e.query, count(e), avg(e.resultCount))
            from SearchEvent e where e.isoWeek = :week and e.query <> '' and e.resultCount > 0
            group by e.query having count(e.clickedRank) = 0 order by count(e) desc, e.query""")
    List<UnclickedQuery> unclicked(String week, Pageable limit);

    /** year, month, query, filters, searches without results, searches with results but no click. */
    @Query("select year(e.occurredAt), month(e.occurredAt), e.query, e.filters,"
            + " sum(case when e.resultCount = 0 then 1 else 0 end),"
            + " sum(case when e.resultCount > 0 and e.clickedRank is null then 1 else 0 end)"
            + " from SearchEvent e where e.occurredAt >= :from"
            + " group by year(e.occurredAt), month(e.occurredAt), e.query, e.filters")
    List<Object[]> monthlyOutcomes(Instant from);
}
