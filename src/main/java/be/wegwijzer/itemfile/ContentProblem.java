package be.wegwijzer.itemfile;

/**
 * One problem in the content, with where it is and how to fix it.
 *
 * @param file relative path such as {@code tools/werkbaarheidsmonitor.md}
 * @param line 1-based line in that file, 0 when the problem concerns the file as a whole
 */
public record ContentProblem(String file, int line, String message, String hint) {

    /** {@code tools/x.md:12: message — hint}. */
    public String format() {
        String where = line > 0 ? file + ":" + line : file;
        return where + ": " + message + (hint == null || hint.isBlank() ? "" : " — " + hint);
    }

    @Override
    public String toString() {
        return format();
    }
}
