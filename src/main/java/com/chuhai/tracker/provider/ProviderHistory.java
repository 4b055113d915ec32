package com.chuhai.tracker.provider;

import com.chuhai.tracker.history.HistoryService;
import com.chuhai.tracker.history.RecordHistory;
import java.util.List;
import org.springframework.stereotype.Component;

/** Providers' history for /admin/providers/{slug}/history. */
@Component
class ProviderHistory implements RecordHistory {

    private final ProviderService providers;

    ProviderHistory(ProviderService providers) {
        this.providers = providers;
    }

    @Override
    public String kind() {
        return "providers";
    }

    @Override
    public String title(String key) {
        return providers.get(key).name();
    }

    @Override
    public List<HistoryService.Version> versions(String key) {
        return providers.history(key);
    }

    @Override
    public String restore(String key, long revision) {
        return providers.restore(key, revision);
    }

    @Override
    public String fieldMessages() {
        return "provider.field.";
    }
}
