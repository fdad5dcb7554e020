package dev.slant.models.sentiment;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NewsMtscTest {
    @Test
    void parsesARecordOfTheTrainingFile() {
        NewsMtsc.Sentence s = NewsMtsc.parse("{\"primary_gid\": \"allsides_1000_401_25_Reality Leigh Winner_0_6\", "
                + "\"sentence_normalized\": \"Winner wrote that she had a 30-minute private meeting.\", \"targets\": "
                + "[{\"Input.gid\": \"allsides_1000_401_25_Reality Leigh Winner_0_6\", \"from\": 0, \"to\": 6, "
                + "\"mention\": \"Winner\", \"polarity\": 4.0}]}");
        assertEquals("allsides_1000_401_25_Reality Leigh Winner_0_6", s.primaryGid());
        assertEquals(1, s.targets().size());
        assertEquals(4, s.targets().get(0).polarity());
        assertEquals(1, s.targets().get(0).classIndex());
        assertEquals("Winner", s.text().substring(s.targets().get(0).from(), s.targets().get(0).to()));
    }

    @Test
    void unusableRecordsAreRefusedWithAReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NewsMtsc.parse("{oops"))
                .getMessage().startsWith("not JSON"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NewsMtsc.parse(
                "{\"sentence_normalized\": \"abc\", \"targets\": [{\"from\": 0, \"to\": 9, \"polarity\": 2.0}]}"))
                .getMessage().contains("outside the sentence"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NewsMtsc.parse(
                "{\"sentence_normalized\": \"abc\", \"targets\": [{\"from\": 0, \"to\": 1, \"polarity\": 5.0}]}"))
                .getMessage().contains("polarity"));
    }

    @Test
    void holdoutIsAboutFifteenPercentAndStable() {
        int held = 0;
        for (int i = 0; i < 10000; i++) {
            if (NewsMtsc.isHoldout("gid_" + i)) {
                held++;
            }
        }
        assertTrue(held > 1350 && held < 1650, "held out " + held);
        assertEquals(NewsMtsc.isHoldout("allsides_1000_401_25"), NewsMtsc.isHoldout("allsides_1000_401_25"));
        assertEquals(2, NewsMtsc.polarityOf(0));
        assertEquals(6, NewsMtsc.polarityOf(2));
    }
}
