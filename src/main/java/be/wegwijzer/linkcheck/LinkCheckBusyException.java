package be.wegwijzer.linkcheck;

/** A second run was asked for while one is still going. */
public class LinkCheckBusyException extends RuntimeException {

    LinkCheckBusyException() {
        super("Er loopt al een linkcontrole. Probeer het opnieuw wanneer die klaar is.");
    }
}
