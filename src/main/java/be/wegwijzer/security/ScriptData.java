package be.wegwijzer.security;

/**
 * Encoding for JSON written inside an inline {@code <script>} element. The HTML parser ends a script element at
 * the first {@code </script} and treats {@code <!--} specially, whatever JavaScript would think of it, so a text
 * value such as a search query or a stored title must not be able to contain either. Every {@code <} becomes the
 * JSON escape {@code \u003c} (JSON has {@code <} only inside strings, where the escape decodes to the same text);
 * U+2028 and U+2029 are escaped too, since older script engines end a line at them.
 */
public final class ScriptData {

    private ScriptData() {}

    /** The JSON (or JavaScript made of JSON literals) with every character the HTML parser could act on escaped. */
    public static String encodeJson(String json) {
        StringBuilder out = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            String escape = switch (c) {
                case '<' -> "\\u003c";
                case '\u2028' -> "\\u2028";
                case '\u2029' -> "\\u2029";
                default -> null;
            };
            if (escape != null && out == null) {
                out = new StringBuilder(json.length() + 16).append(json, 0, i);
            }
            if (out != null) {
                if (escape != null) {
                    out.append(escape);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? json : out.toString();
    }
}
