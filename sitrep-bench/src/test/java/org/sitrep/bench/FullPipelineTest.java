package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;

class FullPipelineTest {
    @Test void aPassCountsArticlesTokensEventsAndStageTimes() {
        Article a = new Article("t1", null, "Government forces shelled the town of Maarat al-Numan in Idlib province on Monday, "
                + "killing three civilians, a monitoring group said.", LocalDate.of(2015, 10, 12), null, null, null, "t1");
        FullPipeline full = new FullPipeline(2, true, true);
        FullPipeline.Pass p = full.run(Corpus.replicate(List.of(a), 6));
        assertEquals(6, p.articles());
        assertEquals(0, p.failed());
        assertTrue(p.tokens() >= 6 * 15, "tokens counted: " + p.tokens());
        assertTrue(p.stageSeconds().containsKey("nlp.tokenize"), "stage times: " + p.stageSeconds().keySet());
        assertTrue(p.wallSeconds() > 0 && p.articlesPerSecond() > 0);
        assertTrue(p.mergedEvents() <= p.events(), "merging never adds events");
    }
}
