package com.chuhai.tracker.company;

import java.util.List;

/** A company with its parent (null when none) and its subsidiaries by name, as its page shows them. */
public record CompanyFamily(CompanyResponse company, CompanyLink parent, List<CompanyLink> subsidiaries) {}
