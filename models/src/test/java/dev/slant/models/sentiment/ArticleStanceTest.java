package dev.slant.models.sentiment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleStanceTest {
    private static TargetSentiment mention(double neg, double neu, double pos) {
        return TargetSentiment.of(new double[]{neg, neu, pos});
    }

    @Test
    void reportedSpeechIsNotTheWritersVoice() {
        // sentences of the shared corpus (Article-Bias-Prediction), as the hand-coded stance set shows them
        assertFalse(ArticleStance.writersVoice("The judge described Trump's assertion of immunity as \"repugnant to "
                + "the nation's governmental structure and constitutional values.\""));
        assertFalse(ArticleStance.writersVoice("Clinton has made the same argument repeatedly about Trump, saying "
                + "that he is “temperamentally unfit” to be president."));
        assertFalse(ArticleStance.writersVoice("Donald Trump Jr. slammed Biden's gaffe on Twitter claiming that "
                + "somebody needed to tell him when 'enough is 'enough'"));
        assertFalse(ArticleStance.writersVoice("Biden has an 18-point lead over Sen. Bernie Sanders, according to a "
                + "Clemson University poll."));
        assertTrue(ArticleStance.writersVoice("Trump's projection of criticism of himself onto others has developed "
                + "into a pattern recently."));
        assertTrue(ArticleStance.writersVoice("The way Trump has handled this episode is exactly why such tariffs "
                + "rarely, if ever, result in the creation of significant investment or jobs."));
        // made up: a reporting verb inside a longer word
        assertTrue(ArticleStance.writersVoice("The rally recalled Trump's 2016 campaign."),
                "a reporting verb must be a whole word (recalled is not called)");
        assertFalse(ArticleStance.writersVoice(null));
    }

    @Test
    void criticismReportedFromOthersDoesNotMakeTheArticleHostile() {
        // a news report: the writer states the facts, a critic's words carry the negativity
        List<ArticleStance.Mention> report = List.of(
                new ArticleStance.Mention("Trump met the governors in Washington on Monday.", mention(0.1, 0.8, 0.1)),
                new ArticleStance.Mention("Critics accused Trump of ignoring the warnings.", mention(0.9, 0.05, 0.05)),
                new ArticleStance.Mention("\"He failed us,\" the mayor said of Trump.", mention(0.9, 0.05, 0.05)));
        ArticleStance stance = new ArticleStance(ArticleStance.DEFAULT_BAND);
        assertEquals("neutral", stance.stance(report));
        assertEquals(0.0, ArticleStance.voicedScore(report), 1e-9);
        assertEquals("negative", stance.label(ArticleStance.meanScore(report.stream().map(ArticleStance.Mention::target)
                .toList())), "the mean over every mention calls it negative");
        // the writer's own evaluation counts
        List<ArticleStance.Mention> opinion = List.of(
                new ArticleStance.Mention("Trump has bungled the response from the first day.", mention(0.9, 0.05,
                        0.05)),
                new ArticleStance.Mention("Trump met the governors in Washington on Monday.", mention(0.2, 0.7, 0.1)));
        assertEquals("negative", stance.stance(opinion));
    }

    @Test
    void anArticleWithoutWritersVoiceMentionsIsNeutralAndHasNoScore() {
        List<ArticleStance.Mention> onlyQuoted = List.of(new ArticleStance.Mention("\"Biden is the candidate that can "
                + "unite us,\" Schneider said.", mention(0.02, 0.04, 0.94)));
        assertNull(ArticleStance.voicedScore(onlyQuoted));
        assertEquals("neutral", new ArticleStance(0.1).stance(onlyQuoted));
        assertEquals("neutral", new ArticleStance(0.1).stance(List.of()));
    }

    @Test
    void mildlyNegativeMentionsMakeANeutralArticleButAMajorityCallsItNegative() {
        List<TargetSentiment> mentions = List.of(mention(0.45, 0.4, 0.15), mention(0.45, 0.4, 0.15),
                mention(0.45, 0.4, 0.15), mention(0.1, 0.8, 0.1));
        assertEquals("negative", ArticleStance.majority(mentions));
        assertEquals("neutral", new ArticleStance(ArticleStance.DEFAULT_BAND).label(ArticleStance.meanScore(mentions)));
        assertEquals("negative", new ArticleStance(0.1).label(ArticleStance.meanScore(mentions)),
                "a band narrower than the lean lets it through");
    }

    @Test
    void theChosenBandIsTheOneThatSeparatesTheGold() {
        List<Double> scores = java.util.Arrays.asList(-0.5, -0.2, 0.2, 0.65, null);
        double band = ArticleStance.chooseBand(scores, List.of("negative", "neutral", "neutral", "positive", "neutral"));
        assertEquals(0.2, band, 1e-9, "the smallest band putting +-0.2 in neutral and +-0.5 outside");
    }
}
