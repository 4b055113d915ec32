package com.chuhai.tracker.region;

import com.chuhai.tracker.shared.LocalNames;
import com.chuhai.tracker.shared.TranslatedNames;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Regions' names in the reader's language: {@code ${@regionNames.of(code, name)}} in templates. */
@Component("regionNames")
public class RegionNames extends TranslatedNames {

    private final RegionCatalog regions;

    RegionNames(RegionCatalog regions) {
        this.regions = regions;
    }

    @Override
    protected Map<String, LocalNames> translations() {
        return regions.translations();
    }
}
