package com.chuhai.tracker.user;

import com.chuhai.tracker.history.HistoryService;
import com.chuhai.tracker.history.RecordHistory;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Users' history for /admin/users/{username}/history (admins only, like the rest of /admin/users):
 * who created the account, who changed its role or access and when; restoring a version gives back
 * that role and access.
 */
@Component
class UserHistory implements RecordHistory {

    private final UserService users;

    UserHistory(UserService users) {
        this.users = users;
    }

    @Override
    public String kind() {
        return "users";
    }

    @Override
    public String title(String key) {
        return AppUser.normalise(key);
    }

    @Override
    public List<HistoryService.Version> versions(String key) {
        return users.history(key);
    }

    @Override
    public String restore(String key, long revision) {
        return users.restore(key, revision);
    }

    @Override
    public String fieldMessages() {
        return "user.field.";
    }
}
