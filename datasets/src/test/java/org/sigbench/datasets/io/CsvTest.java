package org.sigbench.datasets.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Csv}: quoting by hand, and the same text as the builder-made writer the report used before. */
class CsvTest {
    private static final List<String[]> ROWS = List.of(new String[] {"plain", "1.5", ""},
            new String[] {"a,b", "say \"hi\"", "two\nlines"}, new String[] {"leap-airsig[first 10]", "-0.0", "é"});

    @Test
    void quotesOnlyWhatNeedsIt() {
        assertEquals("h1,h2,h3\nplain,1.5,\n\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\nleap-airsig[first 10],-0.0,é\n",
                Csv.format(new String[] {"h1", "h2", "h3"}, ROWS));
    }

    @Test
    void sameTextAsTheDefaultBuilderWriter() throws Exception {
        StringWriter sw = new StringWriter();
        try (ICSVWriter w = new CSVWriterBuilder(sw).withLineEnd("\n").build()) {
            for (String[] r : ROWS) {
                w.writeNext(r, false);
            }
        }
        assertEquals(sw.toString(), Csv.format(ROWS));
    }
}
