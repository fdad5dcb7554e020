package dev.slant.jobs.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slant.jobs.SparkTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Outlet keys and ratings from the real rating files and the (name, address) pairs of 2,000 corpus articles. */
class OutletDirectoryTest {
    private static OutletDirectory outlets;

    @BeforeAll
    static void build() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<List<String>, Long> pairs = new HashMap<>();
        for (String line : CorpusSlice.lines(n -> true, 2_000)) {
            JsonNode d = json.readTree(line);
            pairs.merge(List.of(d.get("source").asText(), d.get("source_url").asText()), 1L, Long::sum);
        }
        List<OutletDirectory.Observed> observed = new ArrayList<>();
        pairs.forEach((k, v) -> observed.add(new OutletDirectory.Observed(k.get(0), k.get(1), v)));
        outlets = OutletDirectory.build(SparkTestBase.sharedData().resolve("outlets"), observed);
    }

    @Test
    void newYorkTimesNameDomainAndAddressShareOneKey() {
        assertEquals("nytimes.com", outlets.sourceKey("New York Times - News", null, null));
        assertEquals("nytimes.com", outlets.sourceKey("The New York Times", null, null));
        assertEquals("nytimes.com", outlets.sourceKey("nytimes.com", null, null));
        assertEquals("nytimes.com", outlets.sourceKey("www.nytimes.com", null, null));
        assertEquals("nytimes.com", outlets.sourceKey("New York Times - News", "www.nytimes.com", null));
        assertEquals("nytimes.com", outlets.sourceKey(null, null,
                "https://www.nytimes.com/2017/09/16/us/politics/trump-bipartisanship.html?rref=collection"));
    }

    @Test
    void subdomainsFoldIntoTheOutletDomain() {
        assertEquals("cnn.com", outlets.domainKey("www.politicalticker.blogs.cnn.com"));
        assertEquals("cnn.com", outlets.domainKey("http://money.cnn.com/2016/01/01/x"));
        assertEquals("reuters.com", outlets.domainKey("www.uk.reuters.com"));
        assertEquals("bbc.co.uk", outlets.domainKey("https://news.bbc.co.uk/x"));
    }

    @Test
    void unknownOutletsKeepTheirNameAsKey() {
        assertEquals("atalayar", outlets.sourceKey("Atalayar", null, null));
        assertEquals("unknown", outlets.sourceKey(null, null, null));
    }

    @Test
    void ratingsJoinByNameAndByDomain() {
        OutletDirectory.Ratings nyt = outlets.ratings("New York Times - News", "nytimes.com");
        assertEquals("left-center", nyt.biasAllsides());
        assertEquals("left", OutletDirectory.lean(nyt, null));
        // A bare domain finds the AllSides rating of the name most of its articles carry.
        assertEquals("left-center", outlets.ratings("nytimes.com", "nytimes.com").biasAllsides());
        OutletDirectory.Ratings fox = outlets.ratings("Fox Online News", "foxnews.com");
        assertEquals("right", fox.biasMbfc());
        assertEquals("mixed", fox.factMbfc());
        assertEquals("right-center", fox.biasAllsides());
        assertEquals("right", OutletDirectory.lean(fox, "center"));
        OutletDirectory.Ratings none = outlets.ratings("Atalayar", "atalayar");
        assertNull(none.biasAllsides());
        assertNull(OutletDirectory.lean(none, null));
        assertEquals("center", OutletDirectory.lean(none, "center"));
    }

    @Test
    void leanFoldsTheRatingScales() {
        assertEquals("left", OutletDirectory.leanOf("extreme-left"));
        assertEquals("left", OutletDirectory.leanOf("left-center"));
        assertEquals("right", OutletDirectory.leanOf("right-center"));
        assertEquals("center", OutletDirectory.leanOf("center"));
        assertNull(OutletDirectory.leanOf("allsides"));
    }
}
