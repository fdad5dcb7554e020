package dev.slant.models.quotes;

import dev.slant.models.actors.ActorRegistry;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One attribution pattern per test, on sentences from PolNeAR train (2016 US news). */
class AttributionPatternsTest {
    private static final LocalDate DATE = LocalDate.parse("2016-06-01");

    private static Quote only(String text) {
        List<Quote> qs = ArticleQuotes.find(text, DATE, ActorRegistry.defaults());
        assertEquals(1, qs.size(), qs::toString);
        return qs.get(0);
    }

    @Test
    void verbSubjectWithTitle() {
        Quote q = only("“Oh, let him make that decision,” said Vice President Joe Biden.");
        assertEquals("verb-subject", q.attributionMethod());
        assertEquals("Joe Biden", q.speaker());
        assertEquals("Q6279", q.actorId());
        assertEquals("direct", q.kind());
    }

    @Test
    void verbSubjectUnregisteredPerson() {
        Quote q = only("“There’s just a passion for Donald, and his wife knocked it out of the park,” said Robert "
                + "Antonacci of the New York delegation.");
        assertEquals("Robert Antonacci", q.speaker());
        assertEquals(null, q.actorId());
    }

    @Test
    void pronounResolvedToPreviousPerson() {
        Quote q = ArticleQuotes.find("Trump spoke in Iowa. “With an eye to February 20th, Carolina,” he said.", DATE,
                ActorRegistry.defaults()).get(0);
        assertEquals("pronoun", q.attributionMethod());
        assertEquals("Donald Trump", q.actorName());
    }

    @Test
    void appositionBeforeCueGivesIndirectSpeech() {
        Quote q = only("Steven Cheung, a campaign spokesman, said the increased office space was needed to "
                + "accommodate an anticipated increase in employees.");
        assertEquals("indirect", q.kind());
        assertEquals("Steven Cheung", q.speaker());
        assertEquals("apposition", q.attributionMethod());
        assertEquals("the increased office space was needed to accommodate an anticipated increase in employees",
                q.text());
    }

    @Test
    void trailingAccordingTo() {
        Quote q = only("Teenage undergraduates with nonexistent credit histories might not be so lucky, according to "
                + "Jason Delisle, who was an informal adviser to the Bush campaign.");
        assertEquals("according-to", q.attributionMethod());
        assertEquals("Jason Delisle", q.speaker());
    }

    @Test
    void subjectSaidThat() {
        Quote q = only("Kerry said that 100,000 would be accepted.");
        assertEquals("John Kerry", q.actorName());
        assertEquals("100,000 would be accepted", q.text());
    }

    @Test
    void roleResolvedByArticleDate() {
        String text = "The Secretary of State urged Russia to \"withdraw its forces\".";
        assertEquals("Antony Blinken", ArticleQuotes.find(text, LocalDate.parse("2021-12-07"),
                ActorRegistry.defaults()).get(0).actorName());
        assertEquals("John Kerry", ArticleQuotes.find(text, LocalDate.parse("2016-06-01"),
                ActorRegistry.defaults()).get(0).actorName());
    }
    @Test
    void fullNameStaysInItsSentence() {
        // the name's fuller form follows a word that ends the previous sentence (`Tuesday. Stumpf`)
        Quote q = ArticleQuotes.find("John Stumpf testified on Tuesday. Stumpf said the bank was sorry. “We were "
                + "wrong,” Stumpf said.", DATE, ActorRegistry.defaults()).get(1);
        assertEquals("John Stumpf", q.speaker());
    }

    @Test
    void surnameGoesToTheSamePersonNotARegisteredNamesake() {
        Quote q = ArticleQuotes.find("Homeland Security Secretary Jeh Johnson spoke on Monday. “We are ready,” Johnson "
                + "said.", DATE, ActorRegistry.defaults()).get(0);
        assertEquals("Jeh Johnson", q.speaker());
        assertEquals(null, q.actorId(), "not Boris Johnson");
    }

    @Test
    void titleIsSplitFromTheName() {
        Quote q = only("“The country needs this,” said Nova Scotia Liberal MP Sean Fraser.");
        assertEquals("Sean Fraser", q.speaker());
        assertEquals("Nova Scotia Liberal MP", q.speakerTitle());
        assertEquals("person", q.speakerType());
    }

    @Test
    void groupKeepsItsWords() {
        Quote q = only("“We have waited long enough,” some residents said.");
        assertEquals("some residents", q.speaker());
        assertEquals("group", q.speakerType());
    }

    @Test
    void listenerOfTellIsNotTheSpeaker() {
        Quote q = only("“The party is not divided,” Senator Jeff Sessions, a close adviser to Trump, told AFP.");
        assertEquals("Jeff Sessions", q.speaker());
    }

    @Test
    void personOfAPlaceIsThePersonNotThePlace() {
        // PolNeAR train (Washington Post): a registered person's name before `of` heads the phrase
        List<Quote> qs = ArticleQuotes.find("The anxiety about Trump's potential spillover effect on down-ballot races "
                + "was underscored Wednesday when House Speaker Paul D. Ryan of Wisconsin lamented the \"disheartened\" "
                + "state of the campaign and criticized the \"identity politics\" on display.", DATE,
                ActorRegistry.defaults());
        assertEquals(2, qs.size(), qs::toString);
        for (Quote q : qs) {
            assertEquals("Paul Ryan", q.actorName(), q::toString);
        }
    }

    @Test
    void accordingToAReportFromANamedBodyIsTheBody() {
        // PolNeAR train (New York Times): the report has no name of its own, the body that made it has
        Quote q = only("In a Twitter message posted in December, just hours after the San Bernardino attack, the "
                + "account pointed to the shootings as an example of ISIS retaliation against the United States for "
                + "its involvement in Syria and Iraq, according to a report from the SITE Intelligence Group, which "
                + "tracks terrorists' communications.");
        assertEquals("according-to", q.attributionMethod());
        assertEquals("SITE Intelligence Group", q.speaker());
    }

    @Test
    void hyphenatedCompoundStaysInThePhrase() {
        // PolNeAR train (HuffPost): `Los Angeles-based` describes the speaker, whose name ends the phrase
        Quote q = only("“Unfortunately, hypocrisy is a small price to pay in exchange for military bases and "
                + "petroleum,” explained Los Angeles-based attorney Edgar Martirosyan.");
        assertEquals("Edgar Martirosyan", q.speaker());
    }

    @Test
    void participleAfterACommaReportsForTheClauseSubject() {
        Quote q = only("Fiorina was upfront about her distaste for Donald Trump, the current GOP front-runner, saying "
                + "conservatives need to band together to stop him.");
        assertEquals("indirect", q.kind());
        assertEquals("Fiorina", q.speaker());
        assertEquals("saying", q.cue());
        assertEquals("conservatives need to band together to stop him", q.text());
        // `adding to her run of victories` reports nothing
        assertEquals(List.of(), ArticleQuotes.find("Hillary Clinton wins the Democratic presidential primary in North "
                + "Carolina, adding to her run of victories in the South over rival Bernie Sanders.", DATE,
                ActorRegistry.defaults()));
    }

    @Test
    void appositionWithAQualifierBeforeTheCue() {
        Quote q = only("Brian Fallon, a spokesman for the Clinton campaign, said the Clintons and the foundation had "
                + "always been careful about donors.");
        assertEquals("Brian Fallon", q.speaker());
        assertEquals("apposition", q.attributionMethod());
        assertEquals("the Clintons and the foundation had always been careful about donors", q.text());
    }

    @Test
    void anIntroductionBeforeTheSubjectIsNoReportedClause() {
        Quote q = only("Despite the negative sheen, local officials said they welcome the national attention.");
        assertEquals("local officials", q.speaker());
        assertEquals("they welcome the national attention", q.text());
    }

    @Test
    void aRelativeClauseBetweenSubjectAndCue() {
        Quote q = only("Ann Compton, who covered the White House for 40 years for ABC News, said she almost always "
                + "treated the photo line as a crucial, although brief, opportunity to buttonhole the president with a "
                + "question only he could answer.");
        assertEquals("Ann Compton", q.speaker());
        assertEquals("indirect", q.kind());
        Quote p = only("Kasich (who has 25 delegates to date) said it is possible for him to secure the nomination "
                + "during the primary elections, but it will be difficult.");
        assertEquals("John Kasich", p.speaker());
        assertEquals("it is possible for him to secure the nomination during the primary elections, but it will be "
                + "difficult", p.text());
    }

    @Test
    void aCueBetweenCommasInsideTheReportedClause() {
        Quote q = only("In the end, Mr. Rosenthal said, union voters almost always end up voting overwhelmingly "
                + "Democratic.");
        assertEquals("Rosenthal", q.speaker());
        assertEquals("union voters almost always end up voting overwhelmingly Democratic", q.text());
        Quote p = only("The top three most important issues facing the Latino community, respondents said, are "
                + "immigration policy (34 percent), the economy (33 percent), and health care (15 percent).");
        assertEquals("respondents", p.speaker());
        assertEquals(0, p.charStart(), "the clause's subject before the cue is part of it");
    }

    @Test
    void aCircumstanceBetweenCueAndClause() {
        Quote q = only("United Gun Group said in a statement Thursday night they pulled Zimmerman's listing from the "
                + "site because the auction is not in the organization's best interest.");
        assertEquals("United Gun Group", q.speaker());
        assertEquals("they pulled Zimmerman's listing from the site because the auction is not in the organization's "
                + "best interest", q.text());
    }

    @Test
    void theNextSentencesOpeningMarkDoesNotHideReportedSpeech() {
        // the tokenizer leaves the opening `''` of the quotation on the sentence before it
        List<Quote> qs = ArticleQuotes.find("He said his friends feel the same way. ''It's all Facebook, Instagram and "
                + "Snapchat,'' he said.", DATE, ActorRegistry.defaults());
        assertEquals(2, qs.size(), qs::toString);
        assertEquals("indirect", qs.get(0).kind());
        assertEquals("his friends feel the same way", qs.get(0).text());
        assertEquals("It's all Facebook, Instagram and Snapchat,", qs.get(1).text());
    }

    @Test
    void butBeforeTheCueJoinsTwoVerbsOfOneSubject() {
        Quote q = only("Chuck Williams declined to name the three delegates on the caucus slate but said one was an "
                + "avowed Trump supporter and he’s not sure of the allegiance of the other two.");
        assertEquals("Chuck Williams", q.speaker());
        assertEquals("one was an avowed Trump supporter and he’s not sure of the allegiance of the other two", q.text());
    }
}
