package be.wegwijzer.contentimport;

import be.wegwijzer.itemfile.ContentProblem;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of one import, in Dutch for editors: what changed, or every problem that stopped it.
 *
 * @param skipped  true when the files were identical to the last successful import and nothing was read into the database
 * @param warnings what was imported with a reservation, e.g. items edited in the portal that the files did not overwrite
 */
public record ImportReport(
        boolean succeeded,
        boolean skipped,
        List<ContentProblem> problems,
        List<ContentProblem> warnings,
        int created,
        int updated,
        int unchanged,
        int deleted,
        boolean taxonomyChanged,
        Duration duration) {

    static ImportReport refused(List<ContentProblem> problems, Duration duration) {
        return new ImportReport(false, false, List.copyOf(problems), List.of(), 0, 0, 0, 0, false, duration);
    }

    static ImportReport skipped(int unchanged, Duration duration) {
        return new ImportReport(true, true, List.of(), List.of(), 0, 0, unchanged, 0, false, duration);
    }

    public int itemCount() {
        return created + updated + unchanged;
    }

    /** One line for logs and the top of the command output. */
    public String summary() {
        String time = String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
        if (skipped) {
            return "Content ongewijzigd sinds de vorige import; niets ingelezen (" + unchanged + " items, " + time
                    + ").";
        }
        if (succeeded) {
            return "Import geslaagd: " + created + " nieuw, " + updated + " gewijzigd, " + unchanged + " ongewijzigd, "
                    + deleted + " verwijderd" + (taxonomyChanged ? ", taxonomie bijgewerkt" : "")
                    + (warnings.isEmpty() ? "" : ", " + warnings.size() + " niet overschreven") + " (" + time + ").";
        }
        return "Import geweigerd: " + problems.size() + (problems.size() == 1 ? " probleem" : " problemen")
                + ". Er is niets gewijzigd; de portaal toont de vorige inhoud.";
    }

    /** For a dry run ({@link ContentImporter#previewZip}): what an import would do; nothing was changed. */
    public String previewSummary() {
        if (!succeeded) {
            return summary();
        }
        return "Controle geslaagd; er is nog niets gewijzigd. Importeren zou: " + created + " nieuw, " + updated
                + " gewijzigd, "
                + unchanged + " ongewijzigd, " + deleted + " verwijderd"
                + (taxonomyChanged ? ", taxonomie bijwerken" : "")
                + (warnings.isEmpty() ? "" : ", " + warnings.size() + " niet overschrijven") + ".";
    }

    /** The summary followed by one line per problem. */
    public String format() {
        StringBuilder out = new StringBuilder(summary());
        problems.forEach(p -> out.append('\n').append("  ").append(p.format()));
        warnings.forEach(p -> out.append('\n').append("  let op: ").append(p.format()));
        return out.toString();
    }
}
