package dev.slant.models.validate;

import java.time.LocalDate;
import java.util.List;

/** An article with its gold quotations. */
public record GoldArticle(String id, String text, LocalDate date, List<GoldQuote> quotes) {
}
