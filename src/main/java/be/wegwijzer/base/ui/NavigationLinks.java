package be.wegwijzer.base.ui;

/** The main navigation: path and translation key, in order. */
final class NavigationLinks {

    static final String[][] MAIN = {
            {"/zoeken", "nav.search"},
            {"/steunzoeker", "nav.finder"},
            {"/scan", "nav.scan"},
            {"/wie-helpt", "nav.helpers"},
            {"/themas", "nav.themes"},
            {"/agenda", "nav.agenda"},
    };

    private NavigationLinks() {
    }
}
