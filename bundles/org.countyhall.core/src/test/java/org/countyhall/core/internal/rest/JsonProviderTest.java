package org.countyhall.core.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.MultivaluedMap;

import org.countyhall.core.api.rest.JsonOnce;
import org.countyhall.core.api.rest.Page;
import org.junit.jupiter.api.Test;

import io.swagger.v3.oas.annotations.Operation;

class JsonProviderTest {

    record Item(String number, String name) {
    }

    @Operation(summary = "an annotation Jackson must not be handed")
    void annotated() {
    }

    private final JsonProvider provider = new JsonProvider(Json.mapper());

    @Test
    void anAnswerIsWrittenAsOneBodyWithItsLength() throws Exception {
        Annotation[] annotations = JsonProviderTest.class.getDeclaredMethod("annotated").getAnnotations();
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Page<Item> page = new Page<>(List.of(new Item("01", "税务综合窗口")), 0, 20, 1);

        provider.writeTo(page, Page.class, Page.class, annotations, MediaType.APPLICATION_JSON_TYPE, headers, out);

        String json = out.toString(StandardCharsets.UTF_8);
        assertEquals("{\"items\":[{\"number\":\"01\",\"name\":\"税务综合窗口\"}],\"offset\":0,\"limit\":20,\"total\":1}", json);
        assertEquals(List.of(out.size()), headers.get("Content-Length"));
    }

    @Test
    void aJsonOnceIsWrittenAsItsValueAndItsBytesAreMadeOnce() throws Exception {
        JsonOnce<Item> once = new JsonOnce<>(new Item("01", "税务综合窗口"));
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            provider.writeTo(once, JsonOnce.class, JsonOnce.class, new Annotation[0], MediaType.APPLICATION_JSON_TYPE,
                    headers, out);
            bodies.add(out.toString(StandardCharsets.UTF_8));
            assertEquals(List.of(out.size()), headers.get("Content-Length"));
        }

        assertEquals(List.of("{\"number\":\"01\",\"name\":\"税务综合窗口\"}", "{\"number\":\"01\",\"name\":\"税务综合窗口\"}"),
                bodies);
        byte[] made = once.json(v -> {
            throw new AssertionError("made again");
        });
        assertEquals(bodies.get(0), new String(made, StandardCharsets.UTF_8));
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void aBodyIsReadWithTheMappersRules() throws Exception {
        Object read = provider.readFrom((Class) Item.class, Item.class, new Annotation[0],
                MediaType.APPLICATION_JSON_TYPE, new MultivaluedHashMap<>(),
                new ByteArrayInputStream("{\"number\":\"02\",\"name\":\"咨询\"}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(new Item("02", "咨询"), read);
    }
}
