package be.wegwijzer.itemfile;

/**
 * A validation problem of one field of an item, independent of where the item came from: the importer
 * turns the field path into a file line, the editor shows it next to the form field.
 *
 * @param field path in the content-file vocabulary: {@code samenvatting}, {@code themas[2]}, {@code geldig.tot}
 */
public record FieldProblem(String field, String message, String hint) {}
