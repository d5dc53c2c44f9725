package be.wegwijzer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * A person without a mouse: keys go to whatever has focus, and every stop of the focus must be visible. The
 * focused element is read through shadow roots, as Vaadin components keep their inner parts there.
 */
final class Keyboard {

    /** The element that really has focus, its text, and whether the focus is drawn. */
    record Focus(String tag, String id, String classes, String text, String label, boolean visible, String href) {

        boolean is(String needle) {
            return text.contains(needle) || label.contains(needle);
        }

        @Override
        public String toString() {
            return tag + (id.isEmpty() ? "" : "#" + id) + (classes.isEmpty() ? "" : "." + classes.replace(' ', '.'))
                    + " '" + (label.isEmpty() ? text : label) + "'";
        }
    }

    private static final String FOCUS = """
            let el = document.activeElement;
            while (el && el.shadowRoot && el.shadowRoot.activeElement) { el = el.shadowRoot.activeElement; }
            if (!el || el === document.body) { return null; }
            const root = el.getRootNode();
            const host = root.host || null;
            // Vaadin draws the focus of its components itself once it marks them with focus-ring (a grid: the focused cell)
            const owner = el.closest('[focus-ring]') || (host && host.hasAttribute('focus-ring') ? host : null)
                || (el.part && el.part.contains('focused-cell') ? el : null);
            const style = getComputedStyle(el);
            const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
            const rect = el.getBoundingClientRect();
            const field = el.closest('vaadin-text-field, vaadin-text-area, vaadin-integer-field, vaadin-combo-box, '
                + 'vaadin-password-field, vaadin-email-field, vaadin-checkbox, vaadin-radio-button, vaadin-button, '
                + 'vaadin-select, vaadin-multi-select-combo-box, vaadin-login-form')
                || (host && host.closest && host.closest('vaadin-grid, vaadin-login-form'));
            // a grid cell shows the content slotted into it
            const slot = (el.tagName === 'TD' || el.tagName === 'TH') ? el.querySelector('slot') : null;
            const slotted = slot ? slot.assignedNodes({flatten: true}).map(n => n.textContent).join(' ').trim() : '';
            let label = slotted || el.getAttribute('aria-label') || '';
            if (!label && el.labels && el.labels.length) { label = el.labels[0].textContent; }
            if (!label && field && field.label) { label = field.label; }
            if (!label && field) { label = field.textContent; }
            return {tag: el.tagName.toLowerCase(), id: el.id || '', classes: (el.className && el.className.baseVal === undefined
                    ? el.className : '') || '', text: (el.innerText || el.textContent || '').trim().slice(0, 200),
                    label: (label || '').trim().replace(/\\s+/g, ' ').slice(0, 200),
                    visible: (!!owner || outlined) && rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight,
                    href: el.getAttribute('href') || ''};
            """;

    private final ChromeDriver browser;
    /** Every focus stop seen, for the failure message. */
    private final List<Focus> trail = new ArrayList<>();

    Keyboard(ChromeDriver browser) {
        this.browser = browser;
    }

    /** Presses keys in the focused element, as a person at a keyboard does. */
    Keyboard press(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
        return this;
    }

    Keyboard type(String text) {
        return press(text);
    }

    @SuppressWarnings("unchecked")
    Focus focus() {
        Map<String, Object> f = (Map<String, Object>) browser.executeScript(FOCUS);
        if (f == null) {
            return new Focus("body", "", "", "", "", false, "");
        }
        return new Focus(
                (String) f.get("tag"),
                (String) f.get("id"),
                (String) f.get("classes"),
                (String) f.get("text"),
                (String) f.get("label"),
                (Boolean) f.get("visible"),
                (String) f.get("href"));
    }

    /**
     * Presses Tab until the focus is on an element with this text or label; checks on the way that every stop is
     * drawn. Fails when the element is not reached within {@code maxStops}.
     */
    Focus tabTo(String textOrLabel, int maxStops) {
        return moveTo(Keys.TAB, f -> f.is(textOrLabel), "'" + textOrLabel + "'", maxStops);
    }

    /** Presses a key (Tab, an arrow) until the focus is where {@code wanted} says, checking that each stop is drawn. */
    Focus moveTo(Keys key, Predicate<Focus> wanted, String what, int maxStops) {
        for (int i = 0; i < maxStops; i++) {
            press(key);
            Browser.afterLayout(browser);
            Focus focus = focus();
            trail.add(focus);
            assertThat(focus.visible())
                    .as("focus is visible on " + focus + " (trail " + trail + ")")
                    .isTrue();
            if (wanted.test(focus)) {
                return focus;
            }
        }
        throw new AssertionError(
                what + " not reached with " + maxStops + " presses of " + key.name() + "; focus went " + trail);
    }

    void forgetTrail() {
        trail.clear();
    }
}
