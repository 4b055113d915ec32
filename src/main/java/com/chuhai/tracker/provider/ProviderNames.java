package com.chuhai.tracker.provider;

import com.chuhai.tracker.shared.LocalNames;
import com.chuhai.tracker.shared.TranslatedNames;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Providers' names in the reader's language: {@code ${@providerNames.of(slug, name)}} in templates. */
@Component("providerNames")
public class ProviderNames extends TranslatedNames {

    private final ProviderService providers;

    ProviderNames(ProviderService providers) {
        this.providers = providers;
    }

    @Override
    protected Map<String, LocalNames> translations() {
        return providers.translations();
    }
}
