package be.wegwijzer.curation;

import be.wegwijzer.itempage.PreviewAccess;
import org.springframework.stereotype.Component;

/** Editors preview every item; contributors those of their own organisation (the rule of {@link EditorService}). */
@Component
class EditorPreviewAccess implements PreviewAccess {

    private final EditorService editor;

    EditorPreviewAccess(EditorService editor) {
        this.editor = editor;
    }

    @Override
    public boolean mayPreview(long itemId) {
        try {
            editor.checkMayPreview(itemId);
            return true;
        } catch (EditorException.NotAllowed e) {
            return false;
        }
    }
}
