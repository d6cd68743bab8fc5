package org.countyhall.core.api.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.junit.jupiter.api.Test;

class ListCommandTest {

    /** A list over three names, paged as a domain's service pages. */
    static final class Names extends ListCommand<String> {
        PageRequest asked;

        Names() {
            super("Name", "Length", "Note");
        }

        @Override
        protected Page<String> page(PageRequest page) {
            asked = page;
            List<String> all = List.of("Ann", "Bo", "Cy");
            List<String> items = all.subList(page.offset(), Math.min(all.size(), page.offset() + page.limit()));
            return new Page<>(items, page.offset(), page.limit(), all.size());
        }

        @Override
        protected Object[] row(String name) {
            return new Object[] {name, name.length(), null};
        }
    }

    @Test
    void theLastPageAsksForTheOffsetGiven() throws Exception {
        Names names = new Names();
        java.lang.reflect.Field offset = ListCommand.class.getDeclaredField("offset");
        offset.setAccessible(true);
        offset.setInt(names, 2); // as Karaf sets --offset 2
        String out = run(names);
        assertTrue(out.contains("Cy") && !out.contains("Ann"), out);
        assertEquals("1 of 3", out.lines().reduce((a, b) -> b).orElseThrow());
    }

    @Test
    void printsOnePageWithEmptyCellsForNullsAndTheTotal() {
        Names names = new Names();
        String out = run(names);
        assertEquals(PageRequest.DEFAULT_LIMIT, names.asked.limit());
        assertEquals(0, names.asked.offset());
        List<String> lines = out.lines().toList();
        assertTrue(lines.get(0).startsWith("Name"), out);
        assertTrue(lines.get(0).contains("Length") && lines.get(0).contains("Note"), out);
        assertTrue(lines.get(2).startsWith("Ann") && lines.get(3).startsWith("Bo") && lines.get(4).startsWith("Cy"), out);
        assertTrue(!out.contains("null"), out);
        assertEquals("3 of 3", lines.get(lines.size() - 1));
    }

    private static String run(ListCommand<?> command) {
        PrintStream old = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            command.execute();
        } finally {
            System.setOut(old);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
