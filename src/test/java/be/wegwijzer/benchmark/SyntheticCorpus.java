package be.wegwijzer.benchmark;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * A deterministic synthetic corpus of N items, written with JDBC batch inserts into a database that holds the real
 * corpus (imported first, so taxonomy and templates are there). Afterwards the real items are deleted, so the
 * database holds exactly the N synthetic items.
 *
 * <p>Each synthetic item copies a randomly drawn real item of a type drawn with the real type proportions: its
 * themes, audiences, sectors, regions, sizes, level, cost, kind and type-specific columns come along, so every
 * taxonomy distribution, and their correlations, is that of the real corpus. A quarter of the items swap one theme
 * for one drawn from the real theme frequencies, so combinations are not limited to the 268 real ones. Dates
 * (measure validity, activity period, publication) are shifted by a few weeks. Title, summary and body are new
 * text from {@link DutchTextModel}; the body keeps the template's Markdown outline (its headings, paragraphs and
 * list items) and reuses about 40 % of its paragraphs, so an item stays roughly on its template's topic.
 */
final class SyntheticCorpus {

    static final long SEED = 20_261_122L;
    static final String[] JOIN_TABLES = {"item_theme", "item_audience", "item_sector", "item_region", "item_size"};
    private static final String[] JOIN_COLUMNS = {"theme_code", "audience_code", "sector_code", "region_code", "size"};
    private static final double THEME_SWAP = 0.25;
    private static final double TEMPLATE_PARAGRAPH = 0.4;
    private static final int BATCH = 1000;

    record Loaded(int items, long joinRows, long nanos) {
        double itemsPerSecond() {
            return items / (nanos / 1e9);
        }
    }

    private record Template(Map<String, Object> row, List<List<String>> joins) {
        String type() {
            return (String) row.get("type");
        }

        long id() {
            return ((Number) row.get("id")).longValue();
        }
    }

    private final Random random;
    private final DutchTextModel titles = new DutchTextModel();
    private final DutchTextModel summaries = new DutchTextModel();
    private final DutchTextModel paragraphs = new DutchTextModel();
    private final Map<String, List<Template>> templatesByType = new TreeMap<>();
    private final List<String> themePool = new ArrayList<>();
    private List<String> columns;

    SyntheticCorpus(long seed) {
        this.random = new Random(seed);
    }

    /** Replaces the items in the database by {@code count} synthetic ones; the taxonomy stays. */
    Loaded replaceItems(DataSource dataSource, int count) throws SQLException {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            List<Template> templates = readTemplates(connection);
            templates.forEach(this::learn);
            connection.setAutoCommit(false);
            long joinRows = insert(connection, templates, count);
            deleteItems(connection, templates.stream().map(Template::id).toList());
            connection.commit();
            connection.setAutoCommit(true);
            return new Loaded(count, joinRows, System.nanoTime() - started);
        }
    }

    // ---- learning from the real corpus --------------------------------------------------------------------

    private List<Template> readTemplates(Connection connection) throws SQLException {
        Map<Long, Template> byId = new LinkedHashMap<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("select * from item order by id")) {
            ResultSetMetaData meta = rs.getMetaData();
            columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
            }
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= columns.size(); i++) {
                    row.put(columns.get(i - 1), rs.getObject(i));
                }
                List<List<String>> joins = new ArrayList<>();
                for (int j = 0; j < JOIN_TABLES.length; j++) {
                    joins.add(new ArrayList<>());
                }
                Template template = new Template(row, joins);
                byId.put(template.id(), template);
            }
        }
        for (int j = 0; j < JOIN_TABLES.length; j++) {
            String sql = "select item_id, " + JOIN_COLUMNS[j] + " from " + JOIN_TABLES[j] + " order by item_id, "
                    + JOIN_COLUMNS[j];
            try (Statement st = connection.createStatement();
                    ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    byId.get(rs.getLong(1)).joins().get(j).add(rs.getString(2));
                }
            }
        }
        if (byId.isEmpty()) {
            throw new IllegalStateException("No items to learn from: import the real content first");
        }
        return List.copyOf(byId.values());
    }

    private void learn(Template template) {
        templatesByType.computeIfAbsent(template.type(), t -> new ArrayList<>()).add(template);
        themePool.addAll(template.joins().getFirst());
        titles.train((String) template.row().get("title"));
        summaries.train((String) template.row().get("summary"));
        for (Block block : Block.parse((String) template.row().get("body"))) {
            if (block.kind() == Block.Kind.PARAGRAPH || block.kind() == Block.Kind.LIST_ITEM) {
                paragraphs.train(block.text());
            }
        }
    }

    // ---- writing ----------------------------------------------------------------------------------------

    private long insert(Connection connection, List<Template> templates, int count) throws SQLException {
        long firstId = templates.stream().mapToLong(Template::id).max().orElse(0) + 1;
        List<String> types = typeSequence(templates, count);
        // Owners: a synthetic organisation made from the template's owner, so owner names keep their real frequencies.
        Map<Long, List<Long>> organisationsByTemplate = new LinkedHashMap<>();
        List<Long> organisations = new ArrayList<>();
        List<Template> chosen = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            List<Template> ofType = templatesByType.get(types.get(i));
            Template template = ofType.get(random.nextInt(ofType.size()));
            chosen.add(template);
            if ("ORGANISATIE".equals(template.type())) {
                organisationsByTemplate
                        .computeIfAbsent(template.id(), k -> new ArrayList<>())
                        .add(firstId + i);
                organisations.add(firstId + i);
            }
        }
        String insertItem = "insert into item (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        List<PreparedStatement> joinInserts = new ArrayList<>();
        long joinRows = 0;
        try (Statement st = connection.createStatement()) {
            st.execute("set foreign_key_checks = 0");
        }
        try (PreparedStatement items = connection.prepareStatement(insertItem)) {
            for (int j = 0; j < JOIN_TABLES.length; j++) {
                joinInserts.add(connection.prepareStatement(
                        "insert into " + JOIN_TABLES[j] + " (item_id, " + JOIN_COLUMNS[j] + ") values (?, ?)"));
            }
            for (int i = 0; i < count; i++) {
                long id = firstId + i;
                Template template = chosen.get(i);
                Map<String, Object> row = synthesise(template, id, i, organisationsByTemplate, organisations);
                for (int c = 0; c < columns.size(); c++) {
                    items.setObject(c + 1, row.get(columns.get(c)));
                }
                items.addBatch();
                List<List<String>> joins = joins(template);
                for (int j = 0; j < JOIN_TABLES.length; j++) {
                    for (String code : joins.get(j)) {
                        PreparedStatement insert = joinInserts.get(j);
                        insert.setLong(1, id);
                        insert.setString(2, code);
                        insert.addBatch();
                        joinRows++;
                    }
                }
                if ((i + 1) % BATCH == 0 || i == count - 1) {
                    items.executeBatch();
                    for (PreparedStatement insert : joinInserts) {
                        insert.executeBatch();
                    }
                    connection.commit();
                }
            }
        } finally {
            for (PreparedStatement insert : joinInserts) {
                insert.close();
            }
            try (Statement st = connection.createStatement()) {
                st.execute("set foreign_key_checks = 1");
            }
        }
        return joinRows;
    }

    /** Types in the real proportions (largest remainder), in a shuffled order. */
    private List<String> typeSequence(List<Template> templates, int count) {
        List<String> types = new ArrayList<>(count);
        Map<String, Double> exact = new TreeMap<>();
        templatesByType.forEach((type, list) -> exact.put(type, (double) list.size() * count / templates.size()));
        exact.forEach((type, share) -> {
            for (int i = 0; i < (int) Math.floor(share); i++) {
                types.add(type);
            }
        });
        List<String> byRemainder = new ArrayList<>(exact.keySet());
        byRemainder.sort((a, b) -> Double.compare(exact.get(b) % 1, exact.get(a) % 1));
        for (int i = 0; types.size() < count; i++) {
            types.add(byRemainder.get(i % byRemainder.size()));
        }
        Collections.shuffle(types, random);
        return types;
    }

    private Map<String, Object> synthesise(
            Template template,
            long id,
            int index,
            Map<Long, List<Long>> organisationsByTemplate,
            List<Long> organisations) {
        Map<String, Object> row = new LinkedHashMap<>(template.row());
        String title =
                nonBlank(titles.generate(random, 150), (String) template.row().get("title"));
        row.put("id", id);
        row.put("slug", slug(title, index));
        row.put("title", title);
        row.put("summary", nonBlank(summaries.generate(random, 300), (String)
                template.row().get("summary")));
        row.put("body", body((String) template.row().get("body")));
        row.put("status", "GEPUBLICEERD");
        row.put("content_hash", null);
        row.put("version", 0L);
        row.put("measure_replaced_by_id", null);
        Object owner = template.row().get("owner_id");
        if (owner != null && !organisations.isEmpty()) {
            List<Long> candidates = organisationsByTemplate.getOrDefault(((Number) owner).longValue(), organisations);
            row.put("owner_id", candidates.get(random.nextInt(candidates.size())));
        } else {
            row.put("owner_id", null);
        }
        int shift = random.nextInt(121) - 60;
        for (String column : List.of("measure_valid_from", "measure_valid_until", "activity_start", "activity_end")) {
            if (row.get(column) instanceof Date date) {
                row.put(column, Date.valueOf(date.toLocalDate().plusDays(shift)));
            }
        }
        if (row.get("published_at") instanceof Timestamp published) {
            row.put("published_at", Timestamp.from(published.toInstant().minusSeconds(86_400L * random.nextInt(1000))));
        }
        return row;
    }

    private List<List<String>> joins(Template template) {
        List<List<String>> joins = new ArrayList<>();
        template.joins().forEach(list -> joins.add(new ArrayList<>(list)));
        List<String> themes = joins.getFirst();
        if (!themes.isEmpty() && random.nextDouble() < THEME_SWAP) {
            String replacement = themePool.get(random.nextInt(themePool.size()));
            if (!themes.contains(replacement)) {
                themes.set(random.nextInt(themes.size()), replacement);
            }
        }
        joins.replaceAll(list -> new ArrayList<>(new LinkedHashSet<>(list)));
        return joins;
    }

    private String body(String templateBody) {
        StringBuilder body = new StringBuilder();
        Block.Kind previous = null;
        for (Block block : Block.parse(templateBody)) {
            String text = switch (block.kind()) {
                case HEADING, OTHER -> block.text();
                case PARAGRAPH, LIST_ITEM ->
                    random.nextDouble() < TEMPLATE_PARAGRAPH
                            ? block.text()
                            : nonBlank(
                                    paragraphs.generate(
                                            random, Math.max(80, block.text().length() * 3 / 2)),
                                    block.text());
            };
            // list items and table rows stay together; every other block starts after a blank line
            boolean continues =
                    previous == block.kind() && (previous == Block.Kind.LIST_ITEM || previous == Block.Kind.OTHER);
            if (!body.isEmpty() && !continues) {
                body.append('\n');
            }
            body.append(block.kind() == Block.Kind.LIST_ITEM ? "- " : "")
                    .append(text)
                    .append('\n');
            previous = block.kind();
        }
        return body.toString();
    }

    private static String slug(String title, int index) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        String suffix = String.format(Locale.ROOT, "-%06d", index);
        String head = ascii.length() > 60 ? ascii.substring(0, 60).replaceAll("-[^-]*$", "") : ascii;
        return (head.isEmpty() ? "item" : head) + suffix;
    }

    private static String nonBlank(String generated, String fallback) {
        return generated.isBlank() ? fallback : generated;
    }

    private static void deleteItems(Connection connection, List<Long> ids) throws SQLException {
        String in = String.join(",", ids.stream().map(String::valueOf).toList());
        try (Statement st = connection.createStatement()) {
            // Real items point at each other (owner, successor, related); cut those links before deleting.
            st.executeUpdate("update item set owner_id = null, measure_replaced_by_id = null where id in (" + in + ")");
            st.executeUpdate("delete from item_related where item_id in (" + in + ") or related_id in (" + in + ")");
            st.executeUpdate("delete from item where id in (" + in + ")");
        }
    }

    /** A block of a Markdown body: a heading, a paragraph (lines joined), one list item, or anything else kept as is. */
    record Block(Kind kind, String text) {
        enum Kind {
            HEADING,
            PARAGRAPH,
            LIST_ITEM,
            OTHER
        }

        static List<Block> parse(String markdown) {
            List<Block> blocks = new ArrayList<>();
            StringBuilder current = null;
            Kind currentKind = null;
            for (String raw : markdown.split("\n")) {
                String line = raw.strip();
                boolean listItem = line.startsWith("- ") || line.startsWith("* ") || line.matches("^\\d+\\. .*");
                if (line.isEmpty() || line.startsWith("#") || line.startsWith("|") || listItem) {
                    if (current != null) {
                        blocks.add(new Block(currentKind, current.toString()));
                        current = null;
                    }
                    if (line.startsWith("#") || line.startsWith("|")) {
                        blocks.add(new Block(line.startsWith("#") ? Kind.HEADING : Kind.OTHER, line));
                    } else if (listItem) {
                        current = new StringBuilder(line.replaceFirst("^(- |\\* |\\d+\\. )", ""));
                        currentKind = Kind.LIST_ITEM;
                    }
                } else if (current == null) {
                    current = new StringBuilder(line);
                    currentKind = Kind.PARAGRAPH;
                } else {
                    current.append(' ').append(line);
                }
            }
            if (current != null) {
                blocks.add(new Block(currentKind, current.toString()));
            }
            return blocks;
        }
    }
}
