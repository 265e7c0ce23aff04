package org.ephr.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFormatTest {

    @Test
    void reportWhenWrittenThenOneRowPerCellAndMarginWithSuppressedCountsEmpty() {
        Report report = Reports.weeklyCases();

        List<String> lines = List.of(new String(CsvFormat.write(report), StandardCharsets.UTF_8).split("\r\n"));

        assertThat(lines.get(0)).isEqualTo("measure,period,condition,sex,count,suppressed");
        assertThat(lines).hasSize(1 + report.table().cells().size());
        assertThat(lines).contains("ihr-cases,2026-W06,cholera,female,12,false");
        assertThat(lines).contains("ihr-cases,2026-W07,cholera,female,,true");
        assertThat(lines).contains("ihr-cases,ALL,ALL,ALL,381,false");
        assertThat(lines).noneMatch(line -> line.matches(".*,2,false"));
    }

    @Test
    void fieldsWhenSpecialThenQuotedOrDefused() {
        assertThat(CsvFormat.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvFormat.field("say \"x\"")).isEqualTo("\"say \"\"x\"\"\"");
        assertThat(CsvFormat.field("=cmd()")).isEqualTo("'=cmd()");
        assertThat(CsvFormat.field("65+")).isEqualTo("65+");
    }
}
