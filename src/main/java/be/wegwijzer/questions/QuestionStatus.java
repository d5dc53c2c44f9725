package be.wegwijzer.questions;

/** Where a question stands for the asker. */
public enum QuestionStatus {
    OPEN,
    BEANTWOORD
}
