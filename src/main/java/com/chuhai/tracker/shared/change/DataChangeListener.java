package com.chuhai.tracker.shared.change;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/** Tells {@link DataChanges} about every insert, update and delete of an entity. */
public class DataChangeListener {

    private final DataChanges changes;

    public DataChangeListener(DataChanges changes) {
        this.changes = changes;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        changes.written();
    }
}
