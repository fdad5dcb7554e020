package dev.slant.models.quotes;

import dev.slant.models.SharedData;
import dev.slant.models.actors.ActorRegistry;
import dev.slant.models.validate.AttributionScore;
import dev.slant.models.validate.AttributionValidation;
import dev.slant.models.validate.GoldReaders;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Generality check on news the rules were not written for: 25 PolNeAR train articles. */
class PolnearTrainSanityTest {
    @Test
    void precisionAndRecallAreSane() throws Exception {
        var articles = GoldReaders.polnear(SharedData.dir().resolve("attribution/polnear/train"), 25);
        AttributionScore s = AttributionValidation.score(articles, ActorRegistry.defaults());
        System.out.println("PolNeAR train (25 articles): " + s.summary());
        assertTrue(s.precision() > 0.8, s.summary());
        assertTrue(s.recall() > 0.3, s.summary());
        assertTrue(s.speakerAccuracy() > 0.6, s.summary());
    }
}
