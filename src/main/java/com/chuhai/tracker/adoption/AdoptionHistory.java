package com.chuhai.tracker.adoption;

import com.chuhai.tracker.history.HistoryService;
import com.chuhai.tracker.history.RecordHistory;
import com.chuhai.tracker.shared.DomainException;
import java.util.List;
import org.springframework.stereotype.Component;

/** Adoptions' history for /admin/adoptions/{id}/history. */
@Component
class AdoptionHistory implements RecordHistory {

    private final AdoptionService adoptions;

    AdoptionHistory(AdoptionService adoptions) {
        this.adoptions = adoptions;
    }

    @Override
    public String kind() {
        return "adoptions";
    }

    @Override
    public String title(String key) {
        AdoptionResponse adoption = adoptions.get(id(key));
        return adoption.company() + " / " + (adoption.provider() == null ? "—" : adoption.provider()) + " / "
                + adoption.region();
    }

    @Override
    public List<HistoryService.Version> versions(String key) {
        return adoptions.history(id(key));
    }

    @Override
    public String restore(String key, long revision) {
        adoptions.restore(id(key), revision);
        return key;
    }

    @Override
    public String fieldMessages() {
        return "adoption.field.";
    }

    static long id(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw DomainException.invalid("id", "body.wrongType");
        }
    }
}
