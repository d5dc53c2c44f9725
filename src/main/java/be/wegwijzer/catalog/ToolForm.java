package be.wegwijzer.catalog;

/** The form a tool takes. */
public enum ToolForm implements Coded {
    SCAN("scan", "Scan"),
    CHECKLIST("checklist", "Checklist"),
    SJABLOON("sjabloon", "Sjabloon"),
    GIDS("gids", "Gids"),
    OPLEIDING("opleiding", "Opleiding"),
    VIDEO("video", "Video"),
    SPEL("spel", "Spel"),
    MONITOR("monitor", "Monitor"),
    TOOLKIT("toolkit", "Toolkit"),
    WEBSITE("website", "Website");

    private final String code;
    private final String label;

    ToolForm(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }
}
