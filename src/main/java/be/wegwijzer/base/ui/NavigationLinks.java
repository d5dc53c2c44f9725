package be.wegwijzer.base.ui;

/** The main navigation: path and translation key, in order. */
final class NavigationLinks {

    static final String[][] MAIN = {
            {"/zoeken", "nav.search"},
    };

    private NavigationLinks() {
    }
}
