package vn.dangvu.logic.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The layout every JSON output of the command line relies on, byte for byte. */
class JsonWriterTest {

    @Test
    void controlCharactersAndLineSeparatorsAreEscaped() {
        String json = new JsonWriter().beginObject().name("tên\n\"x\"").value("a\tb\u0001c\\d\u2028é").endObject()
                .toString();
        assertEquals("{\n  \"tên\\n\\\"x\\\"\": \"a\\tb\\u0001c\\\\d\\u2028é\"\n}", json);
    }

    @Test
    void nestedObjectsAndArraysAreIndentedByTwoSpacesAndEmptyOnesStayClosed() {
        String json = new JsonWriter().beginObject().name("change").beginObject().member("opening", 12).endObject()
                .name("branches").beginArray().endArray()
                .name("averageAge").value((BigDecimal) null)
                .name("share").value(new BigDecimal("45.30")).endObject().toString();
        assertEquals("{\n  \"change\": {\n    \"opening\": 12\n  },\n  \"branches\": [],\n  \"averageAge\": null,\n"
                + "  \"share\": 45.30\n}", json);
    }

    @Test
    void anArrayOfOneLineObjectsHasOneObjectPerLine() {
        JsonWriter json = new JsonWriter().beginArray();
        json.beginObjectOnOneLine().name("member").value("Lê Văn Công").name("milestone").value(65)
                .name("excluded").value((String) null).endObject();
        json.beginObjectOnOneLine().name("member").value("Vi Thị Hà").name("overdue").value(true).endObject();
        assertEquals("[\n  {\"member\": \"Lê Văn Công\", \"milestone\": 65, \"excluded\": null},\n"
                + "  {\"member\": \"Vi Thị Hà\", \"overdue\": true}\n]", json.endArray().toString());
        assertEquals("[]", new JsonWriter().beginArray().endArray().toString());
    }

    @Test
    void aOneLineObjectInsideAnIndentedOneKeepsItsMembersOnItsLine() {
        String json = new JsonWriter().beginObject().name("runs").value(5).name("cpuMs").beginObjectOnOneLine()
                .name("a").value(42.2).name("b").value(6.0).endObject()
                .name("machine").value("2 CPU").endObject().toString();
        assertEquals("{\n  \"runs\": 5,\n  \"cpuMs\": {\"a\": 42.2, \"b\": 6.0},\n  \"machine\": \"2 CPU\"\n}", json);
    }
}
