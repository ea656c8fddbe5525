package com.sysgenpro.landingzone.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * JSON laid out as cdktn (CDK Terrain) lays out {@code manifest.json} and {@code cdk.tf.json}: two spaces,
 * {@code "key": value}, one item per line, empty arrays and objects as {@code []} and {@code {}}; map keys sorted (as
 * {@code JSON.stringify(value, null, 2)} over sorted keys, which is what cdktn's safe-stable-stringify writes; cdktf
 * 0.21 wrote empty ones over two lines). For the files the synthesizer writes beside cdktn's, so that an output reads
 * as one. Internal: not part of the public API.
 */
public final class CdktfJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private CdktfJson() {
    }

    /** {@code value} (a JSON node, or maps and lists) in cdktn's layout. */
    public static String write(Object value) {
        try {
            return JSON.writer(new Layout()).writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + value, e);
        }
    }

    private static final class Layout extends DefaultPrettyPrinter {

        Layout() {
            super(new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n")));
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new Layout();
        }

        @Override
        public void writeEndArray(JsonGenerator generator, int values) throws IOException {
            _nesting--;
            if (values > 0) {
                _arrayIndenter.writeIndentation(generator, _nesting);
            }
            generator.writeRaw(']');
        }

        @Override
        public void writeEndObject(JsonGenerator generator, int entries) throws IOException {
            _nesting--;
            if (entries > 0) {
                _objectIndenter.writeIndentation(generator, _nesting);
            }
            generator.writeRaw('}');
        }
    }
}
