package be.wegwijzer.catalog;

/** Company-size bands by number of employees (the self-employed have none). */
public enum CompanySize implements Coded {
    ZELFSTANDIGE("zelfstandige", "Zelfstandige zonder personeel", 0, 0),
    MICRO("micro", "Micro (1-9 werknemers)", 1, 9),
    KLEIN("klein", "Klein (10-49 werknemers)", 10, 49),
    MIDDELGROOT("middelgroot", "Middelgroot (50-249 werknemers)", 50, 249),
    GROOT("groot", "Groot (250 of meer werknemers)", 250, Integer.MAX_VALUE);

    private final String code;
    private final String label;
    private final int minEmployees;
    private final int maxEmployees;

    CompanySize(String code, String label, int minEmployees, int maxEmployees) {
        this.code = code;
        this.label = label;
        this.minEmployees = minEmployees;
        this.maxEmployees = maxEmployees;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    public static CompanySize ofEmployees(int employees) {
        for (CompanySize size : values()) {
            if (employees >= size.minEmployees && employees <= size.maxEmployees) {
                return size;
            }
        }
        throw new IllegalArgumentException("Negative number of employees: " + employees);
    }
}
