package be.wegwijzer.seo;

/** One step of a page's breadcrumb trail: its name and its path ({@code /thema/werkdruk}). */
record Crumb(String name, String path) {}
