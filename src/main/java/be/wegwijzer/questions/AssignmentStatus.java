package be.wegwijzer.questions;

/** Where a question stands for one organisation that received it. */
public enum AssignmentStatus {
    /** Waiting for an answer from this organisation. */
    OPEN,
    /** This organisation answered. */
    BEANTWOORD,
    /** This organisation passed the question on to another. */
    DOORGEGEVEN,
    /** Another organisation answered first. */
    AFGESLOTEN
}
