package dev.slant.models.actors;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Titles an actor held between two dates (to == null: still in office). */
public record Role(List<String> titles, LocalDate from, LocalDate to) implements Serializable {
    /** Held on that date; a null date (undated article) accepts only current roles. */
    public boolean heldOn(LocalDate date) {
        if (date == null) {
            return to == null;
        }
        return (from == null || !date.isBefore(from)) && (to == null || date.isBefore(to));
    }
}
