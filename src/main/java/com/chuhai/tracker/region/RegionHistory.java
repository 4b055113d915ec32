package com.chuhai.tracker.region;

import com.chuhai.tracker.history.HistoryService;
import com.chuhai.tracker.history.RecordHistory;
import java.util.List;
import org.springframework.stereotype.Component;

/** Regions' history for /admin/regions/{code}/history. */
@Component
class RegionHistory implements RecordHistory {

    private final RegionService regions;

    RegionHistory(RegionService regions) {
        this.regions = regions;
    }

    @Override
    public String kind() {
        return "regions";
    }

    @Override
    public String title(String key) {
        return regions.get(key).name();
    }

    @Override
    public List<HistoryService.Version> versions(String key) {
        return regions.history(key);
    }

    @Override
    public String restore(String key, long revision) {
        return regions.restore(key, revision);
    }

    @Override
    public String fieldMessages() {
        return "region.field.";
    }
}
