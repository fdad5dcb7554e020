package dev.slant.models.sentiment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ArticleStanceTest {
    private static TargetSentiment mention(double neg, double neu, double pos) {
        return TargetSentiment.of(new double[]{neg, neu, pos});
    }

    @Test
    void mildlyNegativeMentionsMakeANeutralArticleButAMajorityCallsItNegative() {
        // three mentions that lean negative without conviction, one neutral: a reader calls such a piece neutral
        List<TargetSentiment> mentions = List.of(mention(0.45, 0.4, 0.15), mention(0.45, 0.4, 0.15),
                mention(0.45, 0.4, 0.15), mention(0.1, 0.8, 0.1));
        assertEquals("negative", ArticleStance.majority(mentions));
        assertEquals("neutral", new ArticleStance(ArticleStance.DEFAULT_BAND).label(mentions));
    }

    @Test
    void clearlyHostileMentionsMakeANegativeArticle() {
        List<TargetSentiment> mentions = List.of(mention(0.9, 0.05, 0.05), mention(0.8, 0.15, 0.05));
        assertEquals("negative", new ArticleStance(ArticleStance.DEFAULT_BAND).label(mentions));
        assertEquals("neutral", new ArticleStance(0.9).label(mentions), "a band wider than the lean keeps it neutral");
        assertEquals("neutral", new ArticleStance(0.2).label(List.of()), "no mention: neutral");
    }

    @Test
    void theChosenBandIsTheOneThatSeparatesTheGold() {
        List<List<TargetSentiment>> articles = List.of(
                List.of(mention(0.6, 0.3, 0.1)),          // mean -0.5, gold negative
                List.of(mention(0.35, 0.5, 0.15)),        // mean -0.2, gold neutral
                List.of(mention(0.1, 0.6, 0.3)),          // mean +0.2, gold neutral
                List.of(mention(0.05, 0.25, 0.7)));       // mean +0.65, gold positive
        double band = ArticleStance.chooseBand(articles, List.of("negative", "neutral", "neutral", "positive"));
        assertEquals(0.2, band, 1e-9, "the smallest band putting +-0.2 in neutral and +-0.5 outside");
    }
}
