package org.portailfamille.city;

import org.postgresql.copy.CopyManager;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * The rows of one table for COPY ... FROM STDIN (text format): written to a temporary file while the city is
 * generated (one connection runs one COPY at a time, and the tables fill together), sent at {@link #close()}.
 */
final class Copy implements AutoCloseable {

    private final CopyManager copyManager;
    private final String sql;
    private final Path file;
    private final BufferedWriter out;
    private final StringBuilder line = new StringBuilder(512);
    private long rows;
    private boolean closed;

    Copy(CopyManager copyManager, String table, String columns) {
        this.copyManager = copyManager;
        this.sql = "COPY " + table + " (" + columns + ") FROM STDIN";
        try {
            this.file = Files.createTempFile("city-" + table, ".copy");
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void row(Object... values) {
        line.setLength(0);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            Object value = values[i];
            if (value == null) {
                line.append("\\N");
            } else {
                String text = value.toString();
                for (int c = 0; c < text.length(); c++) {
                    char ch = text.charAt(c);
                    switch (ch) {
                        case '\\' -> line.append("\\\\");
                        case '\t' -> line.append("\\t");
                        case '\n' -> line.append("\\n");
                        case '\r' -> line.append("\\r");
                        default -> line.append(ch);
                    }
                }
            }
        }
        line.append('\n');
        try {
            out.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows++;
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            out.close();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                copyManager.copyIn(sql, reader, 1 << 16);
            }
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
