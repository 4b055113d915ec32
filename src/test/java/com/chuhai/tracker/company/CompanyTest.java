package com.chuhai.tracker.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chuhai.tracker.shared.DomainException;
import org.junit.jupiter.api.Test;

class CompanyTest {

    @Test
    void refusesToBecomeItsOwnAncestor() {
        Company bytedance = new Company("bytedance", "ByteDance", Sector.SOCIAL_CONTENT);
        Company tiktok = new Company("tiktok", "TikTok", Sector.SOCIAL_CONTENT);
        tiktok.setParent(bytedance);

        assertThatThrownBy(() -> bytedance.setParent(tiktok)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> bytedance.setParent(bytedance)).isInstanceOf(DomainException.class);
        assertThat(bytedance.getParent()).isNull();
        assertThat(tiktok.getParent()).isSameAs(bytedance);
    }
}
