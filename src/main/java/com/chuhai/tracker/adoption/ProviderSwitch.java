package com.chuhai.tracker.adoption;

import java.util.List;
import java.util.Optional;

/** What a completed migration did to the adoptions: those it ended and the one it opened, if any. */
public record ProviderSwitch(List<Adoption> ended, Optional<Adoption> opened) {}
