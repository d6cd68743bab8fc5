package org.countyhall.core.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MigrationTest {

    @Test
    void selectSortsByVersionAndParsesPathsAndDescriptions() {
        Map<String, String> resources = new LinkedHashMap<>();
        resources.put("db/permits/V10__add_index.sql", "c");
        resources.put("db/permits/V2__seed-data.sql", "b");
        resources.put("V1__init.sql", "a");

        List<Migration> selected = Migration.select(resources, "derby");

        assertEquals(List.of(1, 2, 10), selected.stream().map(Migration::version).toList());
        assertEquals(List.of("init", "seed-data", "add_index"), selected.stream().map(Migration::description).toList());
        assertEquals("a", selected.get(0).sql());
    }

    @Test
    void dialectVariantReplacesPlainScriptOnlyOnItsDatabase() {
        Map<String, String> resources = Map.of(
                "db/x/V1__init.sql", "plain",
                "db/x/V1__init.postgresql.sql", "pg",
                "db/x/V2__more.derby.sql", "derby2",
                "db/x/V2__more.postgresql.sql", "pg2");

        assertEquals(List.of("plain", "derby2"), sqlOf(Migration.select(resources, "derby")));
        assertEquals(List.of("pg", "pg2"), sqlOf(Migration.select(resources, "POSTGRESQL")));
        assertEquals(List.of("pg", "pg2"), sqlOf(Migration.select(resources, Dialect.POSTGRESQL)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"V1_init.sql", "v1__init.sql", "V__init.sql", "V0__init.sql", "V1__.sql",
            "V1__init.SQL", "V1__init", "V1__in it.sql", "V1__init.oracle.sql", "README.md", "db/x/",
            "V1234567890__too_big.sql"})
    void badNamesAreRejected(String name) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Migration.select(Map.of(name, "x"), "derby"));
        assertTrue(e.getMessage().contains(name), e.getMessage());
    }

    @Test
    void duplicateVersionsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Migration.select(Map.of("V1__a.sql", "x", "V01__b.sql", "y"), "derby"));
        assertEquals("Duplicate migration version 1: 'V01__b.sql' and 'V1__a.sql'", e.getMessage());

        assertThrows(IllegalArgumentException.class,
                () -> Migration.select(Map.of("a/V1__a.sql", "x", "b/V1__a.sql", "y"), "derby"));
        assertThrows(IllegalArgumentException.class, // variant must share the plain script's description
                () -> Migration.select(Map.of("V1__a.sql", "x", "V1__b.derby.sql", "y"), "derby"));
    }

    @Test
    void versionWithoutScriptForTheDialectIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Migration.select(Map.of("V1__a.sql", "x", "V2__b.derby.sql", "y"), "postgresql"));
        assertTrue(e.getMessage().contains("V2 has no script for postgresql"), e.getMessage());
    }

    @Test
    void unknownDialectAndNullContentAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Migration.select(Map.of("V1__a.sql", "x"), "oracle"));
        Map<String, String> nullSql = new LinkedHashMap<>();
        nullSql.put("V1__a.sql", null);
        assertThrows(IllegalArgumentException.class, () -> Migration.select(nullSql, "derby"));
    }

    @Test
    void statementsSplitOnLineFinalSemicolonAndSkipComments() {
        String sql = "\uFEFF-- header comment\r\n"
                + "CREATE TABLE T (\r\n"
                + "  ID INT, -- trailing comment stays inside the statement\r\n"
                + "  NAME VARCHAR(10));\r\n"
                + "\n"
                + "  -- indented comment; with a semicolon;\n"
                + "INSERT INTO T VALUES (1, 'a;b');\n"
                + ";\n"
                + "INSERT INTO T VALUES (2, 'c') ;;\n"
                + "UPDATE T SET NAME = 'x'";

        List<String> statements = new Migration(1, "t", sql).statements();

        assertEquals(List.of(
                "CREATE TABLE T (\n  ID INT, -- trailing comment stays inside the statement\n  NAME VARCHAR(10))",
                "INSERT INTO T VALUES (1, 'a;b')",
                "INSERT INTO T VALUES (2, 'c')",
                "UPDATE T SET NAME = 'x'"), statements);
    }

    @Test
    void checksumIsSha256HexIgnoringLineEndingsAndBom() {
        String lf = "CREATE TABLE T (ID INT);\n";
        assertEquals(64, Migration.checksumOf(lf).length());
        assertEquals(Migration.checksumOf(lf), Migration.checksumOf("\uFEFFCREATE TABLE T (ID INT);\r\n"));
        assertNotEquals(Migration.checksumOf(lf), Migration.checksumOf("CREATE TABLE T (ID BIGINT);\n"));
        assertEquals(Migration.checksumOf(lf), new Migration(1, "x", lf).checksum());
    }

    private static List<String> sqlOf(List<Migration> migrations) {
        return migrations.stream().map(Migration::sql).toList();
    }
}
