package be.wegwijzer.scan;

/**
 * What a visitor may tell about the company to get better matching examples and support; every part optional.
 */
public record ScanContext(String sector, Integer employees, String region) {

    public static final ScanContext NONE = new ScanContext(null, null, null);

    /** {@code sector=voeding&werknemers=8&regio=limburg}, for storage and links. */
    public String encode() {
        StringBuilder text = new StringBuilder();
        append(text, "sector", sector);
        append(text, "werknemers", employees == null ? null : employees.toString());
        append(text, "regio", region);
        return text.toString();
    }

    public static ScanContext decode(String text) {
        String sector = null;
        Integer employees = null;
        String region = null;
        for (String pair : text == null ? new String[0] : text.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2) {
                switch (kv[0]) {
                    case "sector" -> sector = kv[1];
                    case "werknemers" -> employees = Integer.valueOf(kv[1]);
                    case "regio" -> region = kv[1];
                    default -> {
                        // unknown keys from an older version are ignored
                    }
                }
            }
        }
        return new ScanContext(sector, employees, region);
    }

    private static void append(StringBuilder text, String key, String value) {
        if (value != null) {
            text.append(text.isEmpty() ? "" : "&").append(key).append('=').append(value);
        }
    }
}
