package be.wegwijzer.curation;

import be.wegwijzer.itemfile.FieldProblem;
import java.util.List;

/** What can go wrong when an editor saves or moves an item; each carries what the form needs to explain it. */
public abstract sealed class EditorException extends RuntimeException {

    EditorException(String message) {
        super(message);
    }

    /** The item breaks content rules; the same rules and messages as the importer. */
    public static final class Invalid extends EditorException {
        private final List<FieldProblem> problems;

        Invalid(List<FieldProblem> problems) {
            super("Het item bevat " + problems.size() + (problems.size() == 1 ? " probleem." : " problemen."));
            this.problems = List.copyOf(problems);
        }

        public List<FieldProblem> problems() {
            return problems;
        }
    }

    /** Someone else saved the item after this editor opened it; nothing was overwritten. */
    public static final class Conflict extends EditorException {
        private final EditorItem current;

        Conflict(EditorItem current) {
            super("Iemand anders bewaarde dit item intussen.");
            this.current = current;
        }

        public EditorItem current() {
            return current;
        }
    }

    /** The user's role does not allow this action; the message says why in plain words. */
    public static final class NotAllowed extends EditorException {
        NotAllowed(String message) {
            super(message);
        }
    }
}
