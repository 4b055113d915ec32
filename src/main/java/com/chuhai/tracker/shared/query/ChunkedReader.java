package com.chuhai.tracker.shared.query;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Reads a stream of entities of any length in chunks: each chunk is handed on row by row, so lazy
 * collections load for the whole chunk in one batch (hibernate.default_batch_fetch_size), then the
 * persistence context is cleared, so memory stays flat. Call it inside a read-only transaction.
 */
@Component
public class ChunkedReader {

    static final int CHUNK_SIZE = 200;

    private final EntityManager entityManager;

    ChunkedReader(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public <E> void forEach(Stream<E> rows, Consumer<E> consumer) {
        try (rows) {
            Iterator<E> iterator = rows.iterator();
            List<E> chunk = new ArrayList<>(CHUNK_SIZE);
            while (iterator.hasNext()) {
                chunk.add(iterator.next());
                if (chunk.size() == CHUNK_SIZE) {
                    chunk.forEach(consumer);
                    chunk.clear();
                    entityManager.clear();
                }
            }
            chunk.forEach(consumer);
        }
    }
}
